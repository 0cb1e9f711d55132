import {
  assessRisk,
  DEFAULT_RISK_GRID,
  FIVE_BY_FIVE_RISK_GRID,
  ratingForScore,
  riskScoreValue,
  riskTrend,
  scoreRisk,
  validateRisk,
  validateRiskGrid,
  validateRiskScore,
  type Risk
} from '../../../src/domain';
import { director } from '../fixtures';

const risk: Risk = {
  id: 'r6',
  reference: 'IP6',
  title: 'Investment and financial resources',
  owner: director,
  inherent: { likelihood: 4, impact: 4 },
  residual: { likelihood: 2, impact: 4 },
  target: { likelihood: 1, impact: 4 },
  previousResidual: { likelihood: 3, impact: 4 },
  mitigations: [
    { description: 'Appoint interim transformation capacity', done: true },
    { description: 'Set up programme governance', done: false }
  ],
  actionIds: [],
  status: 'Open'
};

describe('risk scores', () => {
  it.each([
    [1, 'Green'],
    [4, 'Green'],
    [6, 'Amber'],
    [8, 'Amber'],
    [9, 'Amber'],
    [12, 'Red'],
    [16, 'Red'],
    [0, 'Green']
  ] as const)('%p on the 4x4 grid is %s', (score, rating) => {
    expect(ratingForScore(score)).toBe(rating);
  });

  it.each([
    [6, 'Green'],
    [8, 'Amber'],
    [12, 'Amber'],
    [15, 'Red'],
    [25, 'Red']
  ] as const)('%p on the 5x5 grid is %s', (score, rating) => {
    expect(ratingForScore(score, FIVE_BY_FIVE_RISK_GRID)).toBe(rating);
  });

  it('scores likelihood x impact', () => {
    expect(riskScoreValue({ likelihood: 3, impact: 4 })).toBe(12);
    expect(scoreRisk({ likelihood: 3, impact: 4 })).toEqual({ value: 12, rating: 'Red' });
    expect(scoreRisk({ likelihood: 2, impact: 4 }, DEFAULT_RISK_GRID)).toEqual({ value: 8, rating: 'Amber' });
  });

  it.each([
    [{ likelihood: 0, impact: 2 }, /Likelihood must be a whole number from 1 to 4/],
    [{ likelihood: 2, impact: 5 }, /Impact must be a whole number from 1 to 4/],
    [{ likelihood: 2.5, impact: 2 }, /Likelihood/]
  ])('rejects %p', (score, message) => {
    const result = validateRiskScore(score);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('accepts a score on the grid', () => {
    expect(validateRiskScore({ likelihood: 5, impact: 5 }, FIVE_BY_FIVE_RISK_GRID).ok).toBe(true);
  });

  it.each([
    [DEFAULT_RISK_GRID, []],
    [{ ...DEFAULT_RISK_GRID, bands: [] }, ['The grid needs at least one rating band.']],
    [{ ...DEFAULT_RISK_GRID, likelihoodLabels: [] }, ['The grid needs at least one level on each axis.']],
    [{ ...DEFAULT_RISK_GRID, bands: [{ rating: 'Green', minScore: 2 }] }, ['The lowest rating band must start at a score of 1.']],
    [
      { ...DEFAULT_RISK_GRID, bands: [{ rating: 'Green', minScore: 1 }, { rating: 'Red', minScore: 1 }] },
      ['Two rating bands start at the same score.']
    ]
  ] as const)('grid check %#', (grid, problems) => {
    expect(validateRiskGrid(grid)).toEqual(problems);
  });
});

describe('risk trend and assessment', () => {
  it.each([
    [undefined, { likelihood: 2, impact: 2 }, 'New'],
    [{ likelihood: 3, impact: 4 }, { likelihood: 2, impact: 4 }, 'Improving'],
    [{ likelihood: 2, impact: 4 }, { likelihood: 3, impact: 4 }, 'Worsening'],
    [{ likelihood: 2, impact: 4 }, { likelihood: 4, impact: 2 }, 'Stable']
  ] as const)('%p to %p is %s', (before, now, trend) => {
    expect(riskTrend(before, now)).toBe(trend);
  });

  it('describes a fall from Red 12 to Amber 8', () => {
    expect(assessRisk(risk)).toEqual({
      riskId: 'r6',
      inherent: { value: 16, rating: 'Red' },
      residual: { value: 8, rating: 'Amber' },
      target: { value: 4, rating: 'Green' },
      trend: 'Improving',
      trendText: 'Reduced from Red 12 to Amber 8',
      openMitigations: 1
    });
  });

  it.each([
    [{ previousResidual: { likelihood: 1, impact: 4 } }, 'Increased from Green 4 to Amber 8'],
    [{ previousResidual: { likelihood: 2, impact: 4 } }, 'Unchanged at Amber 8'],
    [{ previousResidual: undefined }, 'New risk: Amber 8']
  ])('trend text for %p', (change, text) => {
    expect(assessRisk({ ...risk, ...change }).trendText).toBe(text);
  });

  it('validates a register entry', () => {
    expect(validateRisk(risk)).toEqual([]);
    expect(validateRisk({ ...risk, target: { likelihood: 4, impact: 4 }, inherent: { likelihood: 2, impact: 2 } })).toEqual([
      'The target score cannot be above the inherent score.'
    ]);
    expect(validateRisk({ ...risk, residual: { likelihood: 9, impact: 1 }, owner: { displayName: ' ' } })).toEqual([
      'The residual score: Likelihood must be a whole number from 1 to 4.',
      'A risk needs an owner.'
    ]);
  });
});
