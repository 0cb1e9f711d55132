import { ACTION_COLUMNS, actionColumnValues, actionFromItem, actionToValues } from '../../../src/data/mapping';
import { splitActionValues } from '../../../src/data/mapping/actionProgress';
import { actionItemValues } from '../../../src/data/import/actionItem';
import { listDefinition } from '../../../src/data/schema/planLists';
import type { Action } from '../../../src/domain';

const action: Action = {
  id: '12',
  code: 'GV.B2(a)',
  title: 'Publish the revised scheme of delegation',
  description: 'Officer and member delegations in one place.',
  themeCode: 'GV',
  workstreamCode: 'GV.B',
  kind: 'sub',
  startDate: '2026-04-01',
  startDateText: 'April 2026',
  baselineDueDate: '2027-03-31',
  currentDueDate: '2027-06-30',
  dueDateText: 'Q1 2027/28',
  forecastDate: '2027-06-15',
  status: 'InProgress',
  progressPercent: 40,
  rating: 'Amber',
  critical: true,
  riskRating: 'Red',
  commentary: 'Consultation with group leaders ran over by a month.',
  nextSteps: 'Report to Audit and Governance Committee.',
  issues: [{ id: 'GV.B2(a)-1', description: 'Legal capacity', severity: 'Medium', raisedOn: '2026-10-01' }],
  evidence: [{ url: 'https://council.sharepoint.com/sites/ip/scheme.docx', title: 'Draft scheme' }],
  reprofileCount: 1,
  closureRationale: 'Not closed',
  recommendationIds: ['3', '7'],
  riskIds: ['2'],
  outcomes: ['Decisions taken at the right level', 'Fewer call-ins']
};

describe('the one table of action columns', () => {
  it('names only columns the Plan Actions and Plan Action Progress lists have', () => {
    const columns = new Set([...listDefinition('actions').fields, ...listDefinition('actionProgress').fields].map((f) => f.internalName));
    const missing = ACTION_COLUMNS.map(([, column]) => column).filter((column) => column !== 'Title' && !columns.has(column));
    expect(missing).toEqual([]);
  });

  it('writes a whole action that reads back as the same action', () => {
    const values = actionToValues(action, { themeId: 1, workstreamId: 4, parentId: 9 }, () => null);
    const item = { ...values, Id: 12, ParentActionId: 9, Theme: { Code: 'GV' }, Workstream: { Code: 'GV.B' } };
    const { action: read } = actionFromItem(item, () => undefined);
    expect(read).toEqual({ ...action, parentId: '9' });
  });

  it('splits every column it writes between the definition list and the progress list', () => {
    const { definition, progress } = splitActionValues(actionToValues(action, { themeId: 1, workstreamId: 4, parentId: null }, () => null));
    expect(progress).toMatchObject({ Status: 'InProgress', Commentary: action.commentary, Rating: 'Amber' });
    expect(definition).toMatchObject({ Title: action.title, BaselineDueDate: expect.any(String), RecommendationRefs: '3,7' });
    expect(definition).not.toHaveProperty('Commentary');
  });

  it('is what the import writer writes: the same field gives the same column and value', () => {
    const draft = { title: action.title, currentDueDate: action.currentDueDate, progressPercent: 40, ratingReason: 'Overdue by 3 days' };
    expect(actionItemValues(draft, {})).toEqual(actionColumnValues(draft));
    expect(actionItemValues(draft, {})).toEqual({ Title: action.title, CurrentDueDate: '2027-06-29T23:00:00Z', ProgressPercent: 40, RatingReason: 'Overdue by 3 days' });
  });

  it('clears a column when the field is present but empty, and leaves absent fields alone', () => {
    expect(actionColumnValues({ commentary: undefined, forecastDate: undefined })).toEqual({ Commentary: null, ForecastDate: null });
    expect(actionItemValues({}, {}, ['nextSteps', 'lead'])).toEqual({ NextSteps: null, LeadName: null, LeadId: null });
  });
});
