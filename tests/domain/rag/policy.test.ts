import { DEFAULT_RAG_POLICY, describeRagPolicy, validateRagPolicy, type RagPolicy } from '../../../src/domain';

describe('RAG policy', () => {
  it('publishes the default policy in words', () => {
    const lines = describeRagPolicy(DEFAULT_RAG_POLICY);
    expect(lines).toContain('Past its due date: Amber once more than 0 days late, Red once more than 30 days late.');
    expect(lines).toContain('Forecast later than the due date: Amber when more than 7 days later, Red when more than 60 days later.');
    expect(lines).toContain(
      'Progress behind time elapsed (once 25% of the time has passed): Amber when more than 20 points behind, Red when more than 40 points behind.'
    );
    expect(lines).toContain('Not started after its planned start: Amber after 14 days, Red after 60 days.');
    expect(lines).toContain('Open issues: Amber at 1, Red at 3; any high-severity issue makes it Red.');
    expect(lines.join(' ')).toMatch(/baseline date until change control approves a new one/);
  });

  it('leaves out rules switched off and says "1 day" in the singular', () => {
    const policy: RagPolicy = {
      ...DEFAULT_RAG_POLICY,
      overdue: { graceDays: 1, redAfterDays: 14 },
      forecast: { toleranceDays: 0, redAfterDays: Infinity },
      progressVsElapsed: { ...DEFAULT_RAG_POLICY.progressVsElapsed, redGapPoints: Infinity },
      lateStart: { amberAfterDays: 0, redAfterDays: Infinity },
      openIssues: { ...DEFAULT_RAG_POLICY.openIssues, redAtCount: Infinity }
    };
    const lines = describeRagPolicy(policy);
    expect(lines).toContain('Past its due date: Amber once more than 1 day late, Red once more than 14 days late.');
    expect(lines.some((l) => l.startsWith('Forecast'))).toBe(false);
    expect(lines.some((l) => l.startsWith('Progress'))).toBe(false);
    expect(lines.some((l) => l.startsWith('Not started after'))).toBe(false);
    expect(lines.some((l) => l.startsWith('Open issues'))).toBe(false);
    const noOverdue = describeRagPolicy({ ...policy, overdue: { graceDays: 0, redAfterDays: Infinity } });
    expect(noOverdue.some((l) => l.startsWith('Past its due date'))).toBe(false);
  });

  it('accepts the default policy', () => {
    expect(validateRagPolicy(DEFAULT_RAG_POLICY)).toEqual([]);
  });

  it.each([
    [{ overdue: { graceDays: 40, redAfterDays: 30 } }, 'The overdue Amber threshold must not be above its Red threshold.'],
    [{ forecast: { toleranceDays: -1, redAfterDays: 30 } }, 'The forecast thresholds must not be negative.'],
    [{ lateStart: { amberAfterDays: 1, redAfterDays: NaN } }, 'The late start thresholds must not be negative.'],
    [{ openIssues: { amberAtCount: 4, redAtCount: 3, highSeverityRating: 'Red' } }, 'The open issues Amber threshold must not be above its Red threshold.'],
    [{ progressVsElapsed: { amberGapPoints: 20, redGapPoints: 40, minimumElapsedPercent: 120 } }, 'The minimum elapsed share must be between 0 and 100.']
  ] as const)('reports %p', (change, problem) => {
    expect(validateRagPolicy({ ...DEFAULT_RAG_POLICY, ...change } as RagPolicy)).toEqual([problem]);
  });
});
