import { readDateCell } from '../../../src/application/import';

const read = (text: string, role: 'start' | 'due') => {
  const result = readDateCell(text, role);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('reading a date cell as plans fill it', () => {
  it('reads one date or date word without a warning', () => {
    expect(read('March 2026', 'due')).toEqual({ value: { date: '2026-03-31', text: 'March 2026' } });
    expect(read('Commenced', 'start')).toEqual({ value: { text: 'Commenced', marker: 'Commenced' } });
    expect(read('Ongoing', 'due')).toEqual({ value: { text: 'Ongoing', marker: 'Ongoing' } });
    expect(read('Complete', 'due')).toEqual({ value: { text: 'Complete', marker: 'Complete' } });
  });

  it('reads "2028/2029" as a financial year and says how to write calendar years', () => {
    expect(read('2028/2029', 'due')).toEqual({
      value: { date: '2029-03-31', text: '2028/2029' },
      warning: '"2028/2029" is read as the financial year 2028/29 (1 April to 31 March), so the due date is 31 Mar 2029. If calendar years are meant, write 2028-2029.'
    });
  });

  it('keeps a remark in brackets with the date as written, and warns that the date ignores it', () => {
    expect(read('June 2026 (but will be an annual programme)', 'due')).toEqual({
      value: { date: '2026-06-30', text: 'June 2026 (but will be an annual programme)' },
      warning: 'The remark "(but will be an annual programme)" is kept with the date as written; the due date is read as 30 Jun 2026. If the remark changes the date, write the date it means.'
    });
  });

  it('reads several dates on separate lines as their span: the earliest start, the latest due date', () => {
    expect(read('April 2026\nDecember 2025\nJuly 2026', 'start')).toMatchObject({ value: { date: '2025-12-01', text: 'April 2026 December 2025 July 2026' }, several: true });
    const due = read('April 2026\nDecember 2025\nJuly 2026', 'due');
    expect(due.value.date).toBe('2026-07-31');
    expect(due.warning).toBe(
      'This cell gives 3 dates ("April 2026", "December 2025", "July 2026"), so the due date is read as the latest: 31 Jul 2026. To give each its own date, write the parts as lettered items (a), (b)... in the action, one date per line.'
    );
  });

  it('reads stages written in running text, noting the stage that gives no day', () => {
    const due = read('Development of plans – July 2026 Delivery of plans – Ongoing', 'due');
    expect(due.value).toEqual({ date: '2026-07-31', text: 'Development of plans – July 2026 Delivery of plans – Ongoing' });
    expect(due.warning).toMatch(/^This cell gives 2 dates \("July 2026", "Ongoing"\), so the due date is read as the latest: 31 Jul 2026 \("Ongoing" gives no day\)\. To give each/);
  });

  it('treats several starts as begun when any has commenced, and several due dates as complete only when all are', () => {
    expect(read('Commenced\nApril 2026', 'start').value).toMatchObject({ date: '2026-04-01', marker: 'Commenced' });
    expect(read('Complete\nComplete', 'due').value).toMatchObject({ marker: 'Complete' });
    expect(read('Complete\nMay 2026', 'due').value.marker).toBeUndefined();
  });

  it('still refuses text with no date in it', () => {
    const result = readDateCell('end of spring', 'due');
    expect(result.ok).toBe(false);
  });
});
