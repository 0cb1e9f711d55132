import { parseDueDate, parsePlanDate, parseStartDate, planDateText, type ParsedPlanDate } from '../../../src/domain';

function dateOf(text: string, role: 'start' | 'due'): string {
  const result = parsePlanDate(text, role);
  if (!result.ok) throw new Error(result.error);
  if (result.value.kind !== 'date') throw new Error(`${text} is a marker`);
  return result.value.date;
}

describe('parsePlanDate: dates as plans write them', () => {
  it.each([
    // text, start, due, precision
    ['2026-03-31', '2026-03-31', '2026-03-31', 'day'],
    ['31/03/2026', '2026-03-31', '2026-03-31', 'day'],
    ['1/4/26', '2026-04-01', '2026-04-01', 'day'],
    ['31.03.2026', '2026-03-31', '2026-03-31', 'day'],
    ['31-03-2026', '2026-03-31', '2026-03-31', 'day'],
    ['21 November 2025', '2025-11-21', '2025-11-21', 'day'],
    ['21st Nov 2025', '2025-11-21', '2025-11-21', 'day'],
    ['13 March, 2024', '2024-03-13', '2024-03-13', 'day'],
    ['w/c 21 November 2025', '2025-11-21', '2025-11-27', 'week'],
    ['W/C 17/11/2025', '2025-11-17', '2025-11-23', 'week'],
    ['week commencing 1 December 2025', '2025-12-01', '2025-12-07', 'week'],
    ['March 2026', '2026-03-01', '2026-03-31', 'month'],
    ['Sept 2026', '2026-09-01', '2026-09-30', 'month'],
    ['February 2028', '2028-02-01', '2028-02-29', 'month'],
    ['May/June 2026', '2026-05-01', '2026-06-30', 'range'],
    ['June/July 2026', '2026-06-01', '2026-07-31', 'range'],
    ['January 2026/February 2026', '2026-01-01', '2026-02-28', 'range'],
    ['January 2026 - April 2026', '2026-01-01', '2026-04-30', 'range'],
    ['Jan-Mar 2026', '2026-01-01', '2026-03-31', 'range'],
    ['December/January 2026', '2025-12-01', '2026-01-31', 'range'],
    ['June/May 2026', '2025-06-01', '2026-05-31', 'range'],
    ['1 March to 30 April 2026', '2026-03-01', '2026-04-30', 'range'],
    ['Q3 2026/27', '2026-10-01', '2026-12-31', 'quarter'],
    ['Q4 2025/2026', '2026-01-01', '2026-03-31', 'quarter'],
    ['2026/27 Q1', '2026-04-01', '2026-06-30', 'quarter'],
    ['Q2 2026', '2026-04-01', '2026-06-30', 'quarter'],
    ['2026/27', '2026-04-01', '2027-03-31', 'financialYear'],
    ['2028/2029', '2028-04-01', '2029-03-31', 'financialYear'],
    ['FY 2026/2028', '2026-04-01', '2028-03-31', 'financialYear'],
    ['2026-2028', '2026-01-01', '2028-12-31', 'year'],
    ['2026', '2026-01-01', '2026-12-31', 'year'],
    ['Due March 2026', '2026-03-01', '2026-03-31', 'month'],
    ['by end of December 2025', '2025-12-01', '2025-12-31', 'month']
  ])('%s starts %s, is due %s (%s)', (text, start, due, precision) => {
    expect(dateOf(text, 'start')).toBe(start);
    expect(dateOf(text, 'due')).toBe(due);
    const parsed = parseDueDate(text);
    expect(parsed.ok && parsed.value.kind === 'date' && parsed.value.precision).toBe(precision);
  });

  it('keeps a bracketed remark as a note and the original text', () => {
    const parsed = parseDueDate('  June 2026 (but will be an annual programme) ');
    expect(parsed).toEqual({
      ok: true,
      value: {
        kind: 'date',
        date: '2026-06-30',
        periodStart: '2026-06-01',
        periodEnd: '2026-06-30',
        precision: 'month',
        text: 'June 2026 (but will be an annual programme)',
        note: 'but will be an annual programme'
      }
    });
    if (parsed.ok) expect(planDateText(parsed.value)).toBe('June 2026 (but will be an annual programme)');
  });

  it('reads the start of a period for a start date', () => {
    const parsed = parseStartDate('April 2026');
    expect(parsed.ok && parsed.value.kind === 'date' && parsed.value.date).toBe('2026-04-01');
  });
});

describe('parsePlanDate: marker words', () => {
  it.each([
    ['Commenced', 'Commenced'],
    ['started', 'Commenced'],
    ['In progress', 'InProgress'],
    ['Ongoing', 'Ongoing'],
    ['ONGOING', 'Ongoing'],
    ['business as usual', 'Ongoing'],
    ['TBC', 'TBC'],
    ['to be confirmed', 'TBC'],
    ['Complete', 'Complete'],
    ['Completed', 'Complete']
  ])('%s is the marker %s', (text, marker) => {
    const parsed = parseDueDate(text);
    expect(parsed.ok && (parsed.value as Extract<ParsedPlanDate, { kind: 'marker' }>).marker).toBe(marker);
  });
  it('keeps a note on a marker', () => {
    expect(parseDueDate('Ongoing (annual review)')).toEqual({ ok: true, value: { kind: 'marker', marker: 'Ongoing', text: 'Ongoing (annual review)', note: 'annual review' } });
  });
});

describe('parsePlanDate: errors say what was expected', () => {
  it.each([
    ['', /A date is required/],
    ['   ', /A date is required/],
    ['soon', /Could not read "soon" as a date\. Expected a day/],
    ['Development of plans – July 2026', /Could not read/],
    ['31/02/2026', /31\/2\/2026 is not a real day/],
    ['2026-02-30', /2026-02-30 is not a real day/],
    ['30 February 2026', /30\/2\/2026 is not a real day/],
    ['w/c next week', /after "w\/c" give a day/],
    ['w/c 31/02/2026', /not a real day/],
    ['2027/26', /second year must come after 2027/],
    ['2028-2026', /second year must not come before 2028/],
    ['Q3 2026/2028', /a quarter belongs to one financial year, such as Q3 2026\/27/],
    ['Q1 2026/25', /second year must come after 2026/],
    ['May 2027/June 2026', /first date of the range comes after the second/],
    ['May/31 February 2026', /not a real day/],
    ['29 February/March 2027', /29\/2\/2027 is not a real day/],
    ['29 February/January 2028', /29\/2\/2027 is not a real day/],
    ['Smarch 2026', /Could not read/],
    ['40 Smarch 2026', /Could not read/],
    ['(a)', /Could not read/]
  ])('%p', (text, message) => {
    const parsed = parseDueDate(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});
