import { planImport, type ExistingPlan, type Sheet } from '../../../src/application/import';
import type { Action } from '../../../src/domain';

const HEADERS = ['Reference', 'Level', 'Action', 'Theme', 'Lead officer', 'Lead e-mail', 'Status'];
const MAPPING = { code: 0, kind: 1, title: 2, theme: 3, lead: 4, leadEmail: 5, status: 6 };

function sheet(rows: string[][]): Sheet {
  return { fileName: 'monitoring.xlsx', sheetName: 'All actions', headerRowNumber: 1, headers: HEADERS, rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })) };
}

const action = (id: string, code: string, title: string, extra: Partial<Action> = {}): Action => ({
  id, code, title, kind: 'main', themeCode: 'LD', workstreamCode: 'LD.A', status: 'InProgress', reprofileCount: 0, issues: [], evidence: [], recommendationIds: [], riskIds: [], ...extra
});

const existing: ExistingPlan = {
  themes: [{ id: '1', code: 'LD', name: 'Leadership', order: 1, leadDirector: { displayName: 'Helen Marsh' } }],
  workstreams: [{ id: '1', code: 'LD.A', themeCode: 'LD', name: 'Leadership and people development', order: 1 }],
  actions: [
    action('1', 'LD.A1', 'Appoint a permanent senior team', { lead: { displayName: 's.khan@northmoor.gov.uk', email: 's.khan@northmoor.gov.uk' } }),
    action('2', 'LD.A1.AS1', 'Check the new senior team is in place', { kind: 'assurance', parentId: '1', status: 'NotStarted' })
  ]
};

describe('importing the monitoring tool back (round trip)', () => {
  it('places an assurance action (LD.A1.AS1) under its main action, not under a missing LD.A1.AS', () => {
    const plan = planImport(sheet([
      ['LD.A1', 'Main action', 'Appoint a permanent senior team', 'LD', 'Sana Khan', 's.khan@northmoor.gov.uk', 'In progress'],
      ['LD.A1.AS1', 'Assurance action', 'Check the new senior team is in place', 'LD', '', '', 'Not started'],
      ['LD.A1.AS2', 'Assurance action', 'Audit the appointments a year on', 'LD', '', '', 'Not started']
    ]), MAPPING, existing, '2026-11-23');
    expect(plan.problems).toEqual([]);
    const created = plan.operations.find((o) => o.kind === 'createAction');
    expect(created).toMatchObject({ action: { code: 'LD.A1.AS2', kind: 'assurance', parentCode: 'LD.A1', workstreamCode: 'LD.A' } });
  });

  it('treats a lead first given only by e-mail and now by name and e-mail as the same lead', () => {
    const plan = planImport(sheet([['LD.A1', 'Main action', 'Appoint a permanent senior team', 'LD', 'Sana Khan', 's.khan@northmoor.gov.uk', 'In progress']]), MAPPING, existing, '2026-11-23');
    expect(plan.summary).toMatchObject({ actionsToUpdate: 0, actionsUnchanged: 1 });
  });
});
