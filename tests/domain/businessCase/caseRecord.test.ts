import { benefitsByTheme, caseRecord, checkCaseDecision, emptyBusinessCase, isSameAccount, rollupTotal, type BusinessCaseContent, type BusinessCaseDecision, type BusinessCaseRevision, type Person } from '../../../src/domain';

const lead: Person = { displayName: 'Jo Lead', login: 'i:0#.f|membership|jo@council.example', email: 'jo@council.example' };
const delegate: Person = { displayName: 'Dee Delegate', login: 'i:0#.f|membership|dee@council.example' };
const other: Person = { displayName: 'Jo Lead', login: 'i:0#.f|membership|impostor@council.example' };
const pmo: Person = { displayName: 'Pat Office', login: 'i:0#.f|membership|pat@council.example' };

const content = (capital: number, benefits: number): BusinessCaseContent => {
  const c = emptyBusinessCase();
  return { ...c, summary: `capital ${capital}`, finance: { ...c.finance, capital: { ...c.finance.capital, '2026/27': capital }, benefits: { ...c.finance.benefits, '2027/28': benefits } } };
};
const rev = (id: string, author: Person, state: 'Draft' | 'Submitted', c = content(1000, 500), actionId = '7'): BusinessCaseRevision => ({ id, actionId, state, content: c, author, savedAt: new Date('2026-11-01T10:00:00Z') });
const dec = (id: string, revisionId: string, decision: 'Approved' | 'Returned', approvedContent?: BusinessCaseContent, actionId = '7'): BusinessCaseDecision => ({
  id, actionId, revisionId, decision, by: pmo, decidedAt: new Date('2026-11-02T10:00:00Z'), ...(approvedContent ? { approvedContent } : {}), ...(decision === 'Returned' ? { reason: 'More evidence.' } : {})
});

describe('where a case stands', () => {
  it('follows the latest revision by the lead or a delegate, and leaves out anyone else, even with the same name', () => {
    const r = caseRecord('7', { lead, delegates: [delegate] }, [rev('1', lead, 'Draft'), rev('2', delegate, 'Submitted'), rev('3', other, 'Draft')], []);
    expect(r.status).toBe('Submitted');
    expect(r.latest?.id).toBe('2');
    expect(r.ignored).toEqual(['Revision 3 was added by Jo Lead, who neither leads this action nor is a delegate, so it was left out.']);
  });

  it('is Returned or Approved by the decision on the latest revision, and keeps the approval in force under a newer draft', () => {
    const returned = caseRecord('7', { lead }, [rev('1', lead, 'Submitted')], [dec('10', '1', 'Returned')]);
    expect(returned).toMatchObject({ status: 'Returned', decision: { reason: 'More evidence.' } });
    const approvedThenDraft = caseRecord('7', { lead }, [rev('1', lead, 'Submitted'), rev('2', lead, 'Draft')], [dec('11', '1', 'Approved', content(1000, 500))]);
    expect(approvedThenDraft.status).toBe('Draft');
    expect(approvedThenDraft.approved?.revisionId).toBe('1');
  });

  it('shows a councillor, who reads decisions only, the approved case or nothing', () => {
    expect(caseRecord('7', { lead }, undefined, [dec('10', '1', 'Returned')]).status).toBe('None');
    expect(caseRecord('7', { lead }, undefined, [dec('11', '1', 'Approved', content(1, 2))])).toMatchObject({ status: 'Approved', approved: { id: '11' } });
  });
});

describe('deciding a case', () => {
  const submitted = caseRecord('7', { lead: pmo }, [rev('1', pmo, 'Submitted')], []);
  it('refuses the author deciding their own case, and a return without a reason', () => {
    expect(checkCaseDecision(submitted, 'Approved', pmo, '')).toEqual({ ok: false, error: expect.stringMatching(/You wrote this version/) });
    const byLead = caseRecord('7', { lead }, [rev('1', lead, 'Submitted')], []);
    expect(checkCaseDecision(byLead, 'Returned', pmo, '  ')).toEqual({ ok: false, error: expect.stringMatching(/Say why/) });
    expect(checkCaseDecision(byLead, 'Returned', pmo, ' Cost the options. ')).toEqual({ ok: true, value: { revisionId: '1', reason: 'Cost the options.' } });
  });
  it('refuses deciding a draft or a case already decided', () => {
    expect(checkCaseDecision(caseRecord('7', { lead }, [rev('1', lead, 'Draft')], []), 'Approved', pmo, '').ok).toBe(false);
    expect(checkCaseDecision(caseRecord('7', { lead }, [rev('1', lead, 'Submitted')], [dec('9', '1', 'Approved', content(1, 1))]), 'Approved', pmo, '').ok).toBe(false);
  });
});

describe('benefits and investment by theme', () => {
  it('sums approved cases as approved and keeps everything else apart', () => {
    const records = [
      caseRecord('1', { lead }, [rev('1', lead, 'Submitted', content(1000, 400), '1')], [dec('1', '1', 'Approved', content(1000, 400), '1')]),
      caseRecord('2', { lead }, [rev('2', lead, 'Submitted', content(2000, 900), '2')], []),
      caseRecord('3', { lead }, [rev('3', lead, 'Submitted', content(500, 100), '3'), rev('4', lead, 'Draft', content(600, 150), '3')], [dec('2', '3', 'Approved', content(500, 100), '3')]),
      caseRecord('4', { lead }, [rev('5', lead, 'Draft', content(9, 9), '4')], [])
    ];
    const theme: Record<string, string> = { '1': 'UR', '2': 'UR', '3': 'LD', '4': 'XX' };
    const rows = benefitsByTheme(records, (id) => (id === '4' ? undefined : theme[id]), ['LD', 'UR']);
    expect(rows).toEqual([
      { themeCode: 'LD', approved: { cases: 1, investment: 500, benefits: 100 }, pending: { cases: 1, investment: 600, benefits: 150 } },
      { themeCode: 'UR', approved: { cases: 1, investment: 1000, benefits: 400 }, pending: { cases: 1, investment: 2000, benefits: 900 } }
    ]);
    expect(rollupTotal(rows)).toEqual({ approved: { cases: 2, investment: 1500, benefits: 500 }, pending: { cases: 2, investment: 2600, benefits: 1050 } });
  });
});

describe('who counts as the same account', () => {
  it('matches by login with or without the claims prefix, or by e-mail, never by name alone', () => {
    expect(isSameAccount({ displayName: 'A', login: 'i:0#.f|membership|jo@council.example' }, { displayName: 'B', login: 'JO@council.example' })).toBe(true);
    expect(isSameAccount({ displayName: 'A', email: 'Jo@Council.example' }, { displayName: 'B', email: 'jo@council.example' })).toBe(true);
    expect(isSameAccount({ displayName: 'Head of HR' }, { displayName: 'Head of HR' })).toBe(false);
    expect(isSameAccount({ displayName: 'A', login: '' , email: '' }, { displayName: 'A', email: '' })).toBe(false);
  });

  it('ignores revisions of other actions and has no status without a revision', () => {
    expect(caseRecord('7', { lead }, [rev('1', lead, 'Draft', content(1, 1), '8')], [])).toEqual({ actionId: '7', status: 'None', ignored: [] });
  });

  it('refuses a reason longer than it holds', () => {
    const byLead = caseRecord('7', { lead }, [rev('1', lead, 'Submitted')], []);
    expect(checkCaseDecision(byLead, 'Returned', pmo, 'z'.repeat(2001))).toEqual({ ok: false, error: 'The reason has 2,001 characters; it holds up to 2,000.' });
  });

  it('puts themes the plan does not order after those it does, by code', () => {
    const records = ['1', '2', '3'].map((id) => caseRecord(id, { lead }, [rev(id, lead, 'Draft', content(1, 1), id)], []));
    const theme: Record<string, string> = { '1': 'ZZ', '2': 'AA', '3': 'LD' };
    expect(benefitsByTheme(records, (id) => theme[id], ['LD']).map((r) => r.themeCode)).toEqual(['LD', 'AA', 'ZZ']);
  });
});

describe('approving without a note', () => {
  it('records no reason, and the roll-up works without a theme order', () => {
    const byLead = caseRecord('7', { lead }, [rev('1', lead, 'Submitted')], []);
    expect(checkCaseDecision(byLead, 'Approved', pmo, '  ')).toEqual({ ok: true, value: { revisionId: '1' } });
    expect(benefitsByTheme([byLead], () => 'UR').map((r) => r.themeCode)).toEqual(['UR']);
  });
});
