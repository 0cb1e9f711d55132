import { CHANGER_NOT_RECORDED, digestKey, parseDigestKey, parseSlipKey, reminderKey, reminderMonthOf, slipCardData } from '../../../src/application/alerts';
import { slippageKey } from '../../../src/domain';
import { renderSlipCard } from '../../../src/notifications/cards';
import { cardTexts, cardUrls } from '../../notifications/support/validateCard';
import { makeAction } from '../../domain/fixtures';

describe('slip cards built from the plan', () => {
  const action = makeAction({ id: '42', code: 'LD.A2.1', title: 'Publish the workforce strategy', baselineDueDate: '2026-01-31', commentary: 'Consultation ran long.' });
  const facts = { key: '42:Green->Red:2026-03-31', actionCode: 'LD.A2.1', actionTitle: 'Publish the workforce strategy', themeCode: 'LD', fromRating: 'Green' as const, toRating: 'Red' as const, dueDate: '2026-03-31', reason: '40 days overdue', detectedOn: '2026-05-10' };

  it('takes the lead officer, baseline and commentary from the action, the changer and link from the caller', () => {
    const data = slipCardData(facts, action, { themeName: 'Leadership', changedBy: 'Jo Lead', actionUrl: 'https://council.sharepoint.com/sites/ip/p.aspx?action=42' });
    expect(data).toEqual({
      slipKey: '42:Green->Red:2026-03-31',
      actionCode: 'LD.A2.1',
      actionTitle: 'Publish the workforce strategy',
      themeCode: 'LD',
      themeName: 'Leadership',
      fromRating: 'Green',
      toRating: 'Red',
      baselineDueDate: '2026-01-31',
      currentDueDate: '2026-03-31',
      leadOfficer: 'Head of HR and Organisational Development',
      commentary: 'Consultation ran long.',
      reason: '40 days overdue',
      changedBy: 'Jo Lead',
      detectedOn: '2026-05-10',
      actionUrl: 'https://council.sharepoint.com/sites/ip/p.aspx?action=42'
    });
    const card = renderSlipCard(data);
    expect(cardTexts(card)).toEqual(expect.arrayContaining(['Jo Lead', 'Head of HR and Organisational Development', '31 Jan 2026']));
    expect(cardUrls(card)).toEqual(['https://council.sharepoint.com/sites/ip/p.aspx?action=42']);
  });

  it('says so when the save behind a slip can no longer be found', () => {
    const card = renderSlipCard(slipCardData(facts, action, { changedBy: CHANGER_NOT_RECORDED, actionUrl: 'https://council.sharepoint.com/sites/ip/p.aspx' }));
    expect(cardTexts(card)).toContain('Not recorded');
  });
});

describe('log keys read back', () => {
  it('reads what a slip key names, for every key the domain builds', () => {
    expect(parseSlipKey(slippageKey('42', 'Green', 'Red', '2026-03-31'))).toEqual({ actionId: '42', fromRating: 'Green', toRating: 'Red', dueDate: '2026-03-31' });
    expect(parseSlipKey(slippageKey('7', undefined, 'Amber', undefined))).toEqual({ actionId: '7', toRating: 'Amber' });
    expect(parseSlipKey(slippageKey('7', 'NotStarted', 'Amber', '2026-02-28'))).toMatchObject({ fromRating: 'NotStarted' });
    for (const bad of ['digest:LD:2026-05-11', '42:Green->Green:2026-03-31', '42:Blue->Red:2026-03-31', '42:Green->Red:2026-02-30', '']) expect(parseSlipKey(bad)).toBeUndefined();
  });

  it('reads the theme and day of a digest key, and the month of a reminder key', () => {
    expect(parseDigestKey(digestKey('S.D', '2026-05-11'))).toEqual({ themeCode: 'S.D', day: '2026-05-11' });
    expect(parseDigestKey('digest:LD:someday')).toBeUndefined();
    expect(reminderMonthOf(reminderKey('LD', 'i:0#.f|membership|jo@x.gov.uk', '2026-05'))).toBe('2026-05');
    expect(reminderMonthOf('reminder:LD')).toBeUndefined();
  });
});
