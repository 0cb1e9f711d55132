import { ConflictError, ValidationError } from '../../../src/application/errors';
import { recordRiskReview, validateRiskReview, type RiskReviewStore } from '../../../src/application/risks';
import { parsePeriodId, type ReportingPeriod, type RiskReview } from '../../../src/domain';
import { pmo } from '../../domain/fixtures';

/** A store in memory, as the SharePoint one behaves: add-only. */
function memoryStore(initial: RiskReview[] = []): RiskReviewStore & { added: RiskReview[] } {
  const added: RiskReview[] = [];
  const all = (): RiskReview[] => [...initial, ...added];
  return {
    added,
    listRiskReviews: () => Promise.resolve(all()),
    listReviewsOfRisk: (riskId) => Promise.resolve(all().filter((r) => r.riskId === riskId)),
    addRiskReview: (review) => {
      const saved = { ...review, id: String(100 + added.length), recordedAt: new Date('2026-11-23T10:00:00Z') };
      added.push(saved);
      return Promise.resolve(saved);
    }
  };
}

function period(id: string): ReportingPeriod {
  const parsed = parsePeriodId(id);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}
const november = period('2026-11');
const base = { period: november, closedPeriodIds: ['2026-10'], reviewedBy: pmo, today: '2026-11-23' as const };

describe('recording this period’s review of a risk', () => {
  it('says in words what is missing, beside each field', () => {
    expect(validateRiskReview({ riskId: '1', note: '  ' })).toEqual([
      { field: 'likelihood', message: 'Choose how likely the risk is now.' },
      { field: 'impact', message: 'Choose how severe its impact would be now.' },
      { field: 'note', message: 'Write a short note saying why the score moved or held.' }
    ]);
    expect(validateRiskReview({ riskId: '1', likelihood: 5, impact: 0, note: 'x'.repeat(1005) }).map((p) => p.message)).toEqual([
      'Choose how likely the risk is now.',
      'Choose how severe its impact would be now.',
      'The note is 5 characters over the limit of 1,000: shorten it.'
    ]);
  });

  it('records a valid review for the period, trimmed, by the reviewer', async () => {
    const store = memoryStore();
    const saved = await recordRiskReview(store, { ...base, input: { riskId: '1', likelihood: 2, impact: 4, note: ' Interim capacity in post. ' } });
    expect(saved).toMatchObject({ riskId: '1', periodId: '2026-11', score: { likelihood: 2, impact: 4 }, note: 'Interim capacity in post.', reviewedBy: pmo, reviewedOn: '2026-11-23' });
  });

  it('refuses invalid input and writes nothing', async () => {
    const store = memoryStore();
    await expect(recordRiskReview(store, { ...base, input: { riskId: '1', note: '' } })).rejects.toBeInstanceOf(ValidationError);
    expect(store.added).toHaveLength(0);
  });

  it('never adds to a closed period', async () => {
    const store = memoryStore();
    const october = period('2026-10');
    await expect(recordRiskReview(store, { ...base, period: october, input: { riskId: '1', likelihood: 2, impact: 4, note: 'Late.' } })).rejects.toThrow(
      'October 2026 is closed: its risk reviews are the record of what was reported and cannot be added to.'
    );
    expect(store.added).toHaveLength(0);
  });

  it('shows a review somebody else recorded meanwhile instead of silently replacing it, and replaces it when asked', async () => {
    const theirs: RiskReview = { id: '7', riskId: '1', periodId: '2026-11', score: { likelihood: 3, impact: 4 }, reviewedBy: { displayName: 'Tomasz Okafor' }, note: 'Two leads left.' };
    const store = memoryStore([theirs]);
    const input = { riskId: '1', likelihood: 2, impact: 4, note: 'Interim capacity in post.' };
    const error = await recordRiskReview(store, { ...base, input }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError<unknown, RiskReview>).message).toBe('Tomasz Okafor recorded a review of this risk for November 2026 (Red 12) since you opened it.');
    expect((error as ConflictError<unknown, RiskReview>).theirs).toBe(theirs);
    expect(store.added).toHaveLength(0);
    await recordRiskReview(store, { ...base, input, supersede: true });
    expect(store.added).toHaveLength(1);
  });

  it('goes ahead when the review standing is the one the form opened on', async () => {
    const mine: RiskReview = { id: '7', riskId: '1', periodId: '2026-11', score: { likelihood: 3, impact: 4 } };
    const store = memoryStore([mine]);
    await recordRiskReview(store, { ...base, seenReviewId: '7', input: { riskId: '1', likelihood: 2, impact: 4, note: 'Lower.' } });
    expect(store.added).toHaveLength(1);
  });
});
