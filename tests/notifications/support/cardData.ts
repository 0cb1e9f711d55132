import type { DigestCardData, ReminderCardData, SlipCardData } from '../../../src/notifications/cards';

export const ACTION_URL = 'https://northmoor.sharepoint.com/sites/improvement/SitePages/Improvement-Plan.aspx?view=action&action=42';

/** A typical slip: Green to Red on a reprofiled action. */
export function slipData(overrides: Partial<SlipCardData> = {}): SlipCardData {
  return {
    slipKey: '42:Green->Red:2026-03-31',
    actionCode: 'LD.A2.1',
    actionTitle: 'Publish the workforce strategy',
    themeCode: 'LD',
    themeName: 'Leadership',
    fromRating: 'Green',
    toRating: 'Red',
    baselineDueDate: '2026-01-31',
    currentDueDate: '2026-03-31',
    leadOfficer: 'Jo Lead',
    commentary: 'Consultation with the unions has taken longer than planned.',
    reason: 'Due 31 Mar 2026 (baseline 31 Jan 2026), 40 days overdue',
    changedBy: 'Sam Officer',
    detectedOn: '2026-05-10',
    actionUrl: ACTION_URL,
    ...overrides
  };
}

export function digestData(count = 3, overrides: Partial<DigestCardData> = {}): DigestCardData {
  return {
    themeCode: 'LD',
    themeName: 'Leadership',
    weekOf: '2026-05-11',
    planUrl: 'https://northmoor.sharepoint.com/sites/improvement/SitePages/Improvement-Plan.aspx?view=theme&theme=LD',
    items: Array.from({ length: count }, (_, i) => ({
      actionCode: `LD.A${i + 1}`,
      actionTitle: `Action number ${i + 1}`,
      rating: i % 2 === 0 ? ('Amber' as const) : ('Red' as const),
      currentDueDate: '2026-04-30',
      leadOfficer: 'Jo Lead',
      newlySlipped: i === count - 1,
      actionUrl: `${ACTION_URL}&n=${i}`
    })),
    ...overrides
  };
}

export function reminderData(count = 2, overrides: Partial<ReminderCardData> = {}): ReminderCardData {
  return {
    ownerName: 'Jo Lead',
    themeCode: 'LD',
    themeName: 'Leadership',
    periodLabel: 'May 2026',
    dueBy: '2026-05-28',
    items: Array.from({ length: count }, (_, i) => ({ actionCode: `LD.B${i + 1}`, actionTitle: `Owed update ${i + 1}`, lastUpdated: '2026-04-02', currentDueDate: '2026-09-30', actionUrl: `${ACTION_URL}&r=${i}` })),
    ...overrides
  };
}
