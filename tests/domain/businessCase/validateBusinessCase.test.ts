import { caseInputFrom, emptyBusinessCase, parsePounds, validateBusinessCase, type BusinessCaseInput } from '../../../src/domain';

const blank = (): BusinessCaseInput => caseInputFrom(emptyBusinessCase());

function withFigure(line: 'capital' | 'revenue' | 'benefits', year: '2025/26' | '2026/27', typed: string): BusinessCaseInput {
  const input = blank();
  return { ...input, finance: { ...input.finance, [line]: { ...input.finance[line], [year]: typed } } };
}

describe('reading typed pounds', () => {
  it.each([
    ['', 0],
    ['  ', 0],
    ['12500', 12500],
    ['12,500', 12500],
    ['£12,500.50', 12500.5],
    ['£ 300', 300],
    ['1,234,567', 1234567]
  ])('reads %p as %p', (typed, pounds) => expect(parsePounds(typed)).toBe(pounds));

  it.each(['tbc', '-500', '12,50', '1.234', '£12k', '1e6', '12 500'])('refuses %p', (typed) => expect(parsePounds(typed)).toBeUndefined());
});

describe('validating a business case', () => {
  it('explains a figure that is not a number of pounds, naming the row and the year', () => {
    const { problems } = validateBusinessCase(withFigure('capital', '2026/27', 'tbc'), 'Draft');
    expect(problems).toEqual([{ field: 'finance.capital.2026/27', message: "Capital investment in 2026/27 must be a number of pounds, not 'tbc'. Leave it blank for nothing." }]);
  });

  it('refuses a figure over a billion pounds as a likely slip', () => {
    const { problems } = validateBusinessCase(withFigure('benefits', '2025/26', '2,000,000,000'), 'Draft');
    expect(problems[0]).toMatchObject({ field: 'finance.benefits.2025/26', message: expect.stringMatching(/pounds, not pence/) });
  });

  it('saves an empty draft but asks for the parts a decision needs before submitting', () => {
    expect(validateBusinessCase(blank(), 'Draft').problems).toEqual([]);
    const fields = validateBusinessCase(blank(), 'Submitted').problems.map((p) => p.field);
    expect(fields).toEqual(['summary', 'impact.effectiveness', 'options', 'risks']);
  });

  it('asks for the preferred option, and for one only', () => {
    const input = { ...blank(), options: [{ title: 'A', assessment: '', preferred: false }] };
    expect(validateBusinessCase(input, 'Submitted').problems.map((p) => p.message)).toContain('Mark the preferred option before submitting.');
    const two = { ...blank(), options: [{ title: 'A', assessment: '', preferred: true }, { title: 'B', assessment: '', preferred: true }] };
    expect(validateBusinessCase(two, 'Draft').problems.map((p) => p.message)).toEqual(['Mark one option as preferred, not several.']);
  });

  it('says how much to cut from a section that is too long, and names an untitled option, in the form’s order', () => {
    const input = { ...blank(), text: { ...blank().text, risks: 'x'.repeat(4010) }, options: [{ title: ' ', assessment: 'why', preferred: true }] };
    const messages = validateBusinessCase(input, 'Draft').problems.map((p) => p.message);
    // Options come before risks in the form, so their problem is listed (and focused) first.
    expect(messages).toEqual(['Option 1 needs a title, or remove it.', 'Key risks has 4,010 characters; it holds up to 4,000, so cut 10.']);
  });

  it('turns a complete submission into the stored case, figures in pounds and text trimmed', () => {
    const input: BusinessCaseInput = {
      ...withFigure('revenue', '2026/27', '£45,000'),
      text: { ...blank().text, summary: '  Move housing repairs in house.  ', risks: 'Recruitment.' },
      impact: { ...blank().impact, economy: 'Lower contract costs.' },
      options: [{ title: 'Bring in house', assessment: 'Cheapest over five years.', preferred: true }]
    };
    const { content, problems } = validateBusinessCase(input, 'Submitted');
    expect(problems).toEqual([]);
    expect(content.summary).toBe('Move housing repairs in house.');
    expect(content.finance.revenue['2026/27']).toBe(45000);
    expect(content.finance.capital['2029/30+']).toBe(0);
  });
});

describe('validating the lists of a case', () => {
  it('names an indicator without a measure, a target too long, and too many indicators or options', () => {
    const input = {
      ...blank(),
      indicators: [{ measure: '', target: 'x'.repeat(256) }, ...Array.from({ length: 10 }, (_, i) => ({ measure: `M${i}`, target: '' }))],
      options: Array.from({ length: 11 }, (_, i) => ({ title: i === 0 ? 'y'.repeat(300) : `Option ${i}`, assessment: '', preferred: false }))
    };
    const messages = validateBusinessCase(input, 'Draft').problems.map((p) => p.message);
    expect(messages).toEqual([
      'List at most 10 options; remove 1.',
      'The title of option 1 has 300 characters; it holds up to 255, so cut 45.',
      'List at most 10 indicators; remove 1.',
      'Indicator 1 needs a measure, or remove it.',
      'The target of indicator 1 has 256 characters; it holds up to 255, so cut 1.'
    ]);
  });
});

describe('starting the form from a saved case', () => {
  it('shows saved figures as typed pounds and £0 as blank, and reads back the same case', () => {
    const saved = { ...emptyBusinessCase(), summary: 'S', finance: { ...emptyBusinessCase().finance, capital: { ...emptyBusinessCase().finance.capital, '2026/27': 12500.5 } } };
    const input = caseInputFrom(saved);
    expect(input.finance.capital['2026/27']).toBe('12500.5');
    expect(input.finance.capital['2025/26']).toBe('');
    expect(validateBusinessCase(input, 'Draft')).toEqual({ content: saved, problems: [] });
  });
});
