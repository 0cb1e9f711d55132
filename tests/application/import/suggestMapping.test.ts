import { formatProblemTable, readPercent, readPerson, readRating, readStatus, suggestMapping } from '../../../src/application/import';

describe('suggestMapping', () => {
  it.each([
    [['Ref', 'Action', 'Lead Officer', 'Target date', 'RAG', 'Status', '% complete'], { code: 0, title: 1, lead: 2, dueDate: 3, rating: 4, status: 5, progress: 6 }],
    [['Reference', 'Title', 'Owner', 'End date', 'RAG status', 'Progress commentary', 'Next steps'], { code: 0, title: 1, lead: 2, dueDate: 3, rating: 4, commentary: 5, nextSteps: 6 }],
    [['Action Ref.', 'Deliverable', 'Lead officer (name)', 'Start', 'Revised date', 'E-mail'], { code: 0, title: 1, lead: 2, startDate: 3, currentDueDate: 4, leadEmail: 5 }],
    [['Referance', 'Actoin', 'Target  Date'], { code: 0, dueDate: 2 }]
  ])('maps %j', (headers, expected) => {
    expect(suggestMapping(headers).mapping).toEqual(expected);
  });

  it('says which required columns are missing and which columns it ignores', () => {
    expect(suggestMapping(['Code', 'Budget', ''])).toEqual({ mapping: { code: 0 }, unmatchedColumns: [1], missingRequired: ['title'] });
  });
});

describe('reading cells', () => {
  it('reads statuses, ratings, percentages and people the way councils write them', () => {
    expect(readStatus('On track')).toEqual({ ok: true, value: { status: 'InProgress' } });
    expect(readStatus('Amber')).toEqual({ ok: true, value: { status: 'InProgress', rating: 'Amber' } });
    expect(readRating('Amber - slipping')).toEqual({ ok: true, value: 'Amber' });
    expect(readRating('Blue')).toEqual({ ok: true, value: 'Complete' });
    expect(readPercent('0.45')).toEqual({ ok: true, value: 45 });
    expect(readPercent('101')).toMatchObject({ ok: false });
    expect(readPerson('Jo Bloggs <jo.bloggs@eastmere.gov.uk>')).toEqual({ ok: true, value: { displayName: 'Jo Bloggs', email: 'jo.bloggs@eastmere.gov.uk' } });
  });

  it('prints problems as a table', () => {
    const table = formatProblemTable([{ row: 7, column: 'Target date', columnLetter: 'G', severity: 'error', message: 'Bad date.' }]);
    expect(table.split('\n')).toEqual(['Row  Column          Problem', '---  --------------  ----------------------------------------', '7    G  Target date  Error: Bad date.']);
  });
});
