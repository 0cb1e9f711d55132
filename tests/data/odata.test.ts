import { odataEq, odataEscape, odataString } from '../../src/data/odata';

describe('OData string literals', () => {
  it('doubles every quote, so text can never end the literal early', () => {
    expect(odataEscape("O'Brien's team")).toBe("O''Brien''s team");
    expect(odataString("x' or Title ne 'y")).toBe("'x'' or Title ne ''y'");
  });

  it('writes an equality on a field', () => {
    expect(odataEq('Title', "Chief Executive's Office")).toBe("Title eq 'Chief Executive''s Office'");
  });
});
