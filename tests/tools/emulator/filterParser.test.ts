import { parseFilter, conjuncts } from '../../../tools/emulator/odata/filterParser';
import { compileFilter, evaluate, objectResolver } from '../../../tools/emulator/odata/evaluate';

const row = { Title: "O'Brien report", RAG: 'Red', Ref: 42, Due: '2026-09-30T00:00:00Z', Done: false, Tags: ['Waste', 'Housing'], Empty: null };
const check = (f: string): boolean => evaluate(parseFilter(f), objectResolver(row));

describe('$filter parser', () => {
  it('handles comparisons, and/or/not and parentheses', () => {
    expect(check("RAG eq 'Red' and Ref gt 40")).toBe(true);
    expect(check("(RAG eq 'Green' or RAG eq 'Red') and not (Ref lt 10)")).toBe(true);
    expect(check("RAG ne 'Red' or Ref le 41")).toBe(false);
    expect(check('Ref ge 42 and Ref lt 43.5')).toBe(true);
  });
  it('handles string escaping, functions, null, booleans and dates', () => {
    expect(check("Title eq 'O''Brien report'")).toBe(true);
    expect(check("substringof('brien', Title)")).toBe(true);
    expect(check("startswith(Title, 'o''b')")).toBe(true);
    expect(check('Empty eq null and Title ne null')).toBe(true);
    expect(check('Done eq false and Done eq 0')).toBe(true);
    expect(check("Due lt datetime'2026-10-01T00:00:00Z' and Due gt '2026-09-01T00:00:00.000Z'")).toBe(true);
    expect(check("Tags eq 'Housing'")).toBe(true);
  });
  it('keeps the top-level AND conjuncts in written order', () => {
    const c = conjuncts(parseFilter("A eq 1 and (B eq 2 or C eq 3) and D eq 4"));
    expect(c.map((n) => n.kind)).toEqual(['cmp', 'or', 'cmp']);
  });
  it('compiles filters, including id-set OR chains, to the same answers as evaluate', () => {
    const rows = [row, { ...row, Ref: 7 }, { ...row, Ref: null }, { ...row, Ref: '42' }, { ...row, Ref: [42, 7] }];
    const filters = ['Ref eq 42 or Ref eq 7', 'Ref eq 1 or Ref eq 2 or Ref eq 42', "(Ref eq 7 or Ref eq 9) and RAG eq 'Red'", 'not (Ref eq 7 or Ref eq 42)', 'Ref eq 42 or Due eq null', 'Ref eq 7'];
    for (const f of filters) {
      const compiled = compileFilter(parseFilter(f));
      for (const r of rows) expect([f, compiled(objectResolver(r))]).toEqual([f, evaluate(parseFilter(f), objectResolver(r))]);
    }
  });
  it("rejects malformed expressions with SharePoint's 400", () => {
    for (const bad of ["RAG eq 'Red", 'RAG eq', '(RAG eq 1', "RAG 'x'"]) {
      expect(() => parseFilter(bad)).toThrow(expect.objectContaining({ status: 400 }));
    }
  });
});
