import type { ProgressUpdate } from '../../../src/domain';
import { progressUpdateFromItem, progressUpdateToValues } from '../../../src/data/mapping';
import { collector, user } from './collect';

describe('progress updates', () => {
  const update: ProgressUpdate = {
    id: '15',
    actionId: '41',
    periodId: '2026-04',
    submittedBy: { displayName: 'Jo Lead', email: 'jo@x', login: 'i:0#.f|membership|jo@x' },
    submittedAt: new Date('2026-04-20T10:00:00Z'),
    status: 'InProgress',
    progressPercent: 50,
    commentary: 'Half done',
    nextSteps: 'Consult',
    achievements: ['Board agreed'],
    forecastDate: '2026-06-30',
    evidence: [{ url: 'https://x/doc', title: 'Minutes', addedOn: '2026-04-19' }],
    ratingAtSubmission: 'Green'
  };

  it('maps an update both ways', () => {
    const { id, ...rest } = update;
    const values = progressUpdateToValues(rest, () => 6);
    expect(values).toEqual({
      Title: '2026-04: InProgress', ActionId: 41, Period: '2026-04', Status: 'InProgress', ProgressPercent: 50, RatingAtSubmission: 'Green', Commentary: 'Half done',
      NextSteps: 'Consult', AchievementsJson: '["Board agreed"]', ForecastDate: '2026-06-29T23:00:00Z', EvidenceJson: JSON.stringify(update.evidence),
      SubmittedById: 6, SubmittedByName: 'Jo Lead', SubmittedAt: '2026-04-20T10:00:00.000Z'
    });
    expect(progressUpdateFromItem({ ...values, Id: Number(id), SubmittedBy: user('Jo Lead', 'jo@x') }, () => undefined)).toEqual(update);
    // Added by the person it names: nothing more to say.
    expect(progressUpdateFromItem({ ...values, Id: Number(id), SubmittedBy: user('Jo Lead', 'jo@x'), Author: user('Jo Lead', 'jo@x') }, () => undefined)).toEqual(update);
  });

  it('says who SharePoint recorded as adding an entry that names someone else', () => {
    const { id, ...rest } = update;
    const values = progressUpdateToValues(rest, () => 6);
    const forged = progressUpdateFromItem({ ...values, Id: Number(id), SubmittedBy: user('Jo Lead', 'jo@x'), Author: user('Sam Officer', 'sam@x') }, () => undefined);
    expect(forged.submittedBy.displayName).toBe('Jo Lead');
    expect(forged.recordedBy).toMatchObject({ displayName: 'Sam Officer', email: 'sam@x' });
  });

  it('falls back on a sparse or malformed item and reports what is missing', () => {
    const { sink, problems } = collector();
    expect(progressUpdateFromItem({ Id: 3, AchievementsJson: '[1, "Won"]', Created: '2026-04-01T08:00:00Z', SubmittedByName: 'Head of HR' }, sink)).toEqual({
      id: '3',
      actionId: '',
      periodId: '',
      submittedBy: { displayName: 'Head of HR' },
      submittedAt: new Date('2026-04-01T08:00:00Z'),
      status: 'InProgress',
      commentary: '',
      achievements: ['Won'],
      evidence: []
    });
    expect(problems.map((p) => p.column)).toEqual(['Action', 'AchievementsJson']);
    expect(progressUpdateFromItem({ Id: 4, ActionId: 1 }, () => undefined)).toMatchObject({ submittedBy: { displayName: 'Not recorded' }, submittedAt: new Date(0) });
  });
});
