/**
 * The save history and the receipts as SharePoint records them: every "who" is the item's
 * SharePoint author, and the rating before a save comes from the version history of the action's
 * progress, which only its lead, delegates and the programme office can write.
 */
import { SpAlertReceipts, SpSaveHistory } from '../../../src/data/notifications';
import { EDITOR, MALLORY, startSweepSite, type SweepSite } from '../../tools/sweep/support/sweepSite';
import { saveA3AsRed, slipKeyOfA3 } from '../../tools/sweep/support/liveSave';

jest.setTimeout(30_000);

describe('SpSaveHistory and SpAlertReceipts on the emulator', () => {
  let site: SweepSite;
  beforeAll(async () => {
    site = await startSweepSite({ editorLeadsA3: true });
  });
  afterAll(async () => site.stop());

  it('lists recent saves with their SharePoint author, and reads the stored rating before each from the versions', async () => {
    const startedAt = new Date(Date.now() - 2000);
    const saved = await saveA3AsRed(site);
    const a3 = String(site.ids.get('OC.A3'));
    // Mallory adds an entry claiming a save she never made: no version of the progress shows it.
    const forged = (await site.as(MALLORY).web.lists.getByTitle('Plan Progress Updates').items.add({ Title: 'x', ActionId: Number(a3), RatingAtSubmission: 'Red', SubmittedByName: 'Erin Editor' })) as { Id: number };
    const history = new SpSaveHistory(site.sp);
    const recent = await history.listSince(startedAt);
    expect(recent.map((u) => [u.id, u.actionId, u.rating, u.author.displayName])).toEqual([
      [saved.progressUpdateId, a3, 'Red', 'Erin Editor'],
      [String(forged.Id), a3, 'Red', 'Mallory Staff']
    ]);
    expect(recent[0].author).toMatchObject({ email: EDITOR, login: `i:0#.f|membership|${EDITOR}` });
    expect(await history.listSince(new Date(Date.now() + 60_000))).toEqual([]);
    expect((await history.getByIds([saved.progressUpdateId, '99999'])).map((u) => u.id)).toEqual([saved.progressUpdateId]);
    expect(await history.storedRatingBefore(recent[0])).toEqual({ known: true, rating: 'Green' });
    expect(await history.storedRatingBefore(recent[1])).toEqual({ known: false });
  });

  it('receipts: staff add them (never edit or delete them), and each is read with who added it', async () => {
    const receipts = new SpAlertReceipts(site.as(EDITOR));
    const a3 = String(site.ids.get('OC.A3'));
    await receipts.add({ key: slipKeyOfA3(site), actionId: a3, progressUpdateId: '7', messageId: '1712', route: 'graph:team-oc/chan-oc', postedAt: new Date('2026-05-10T06:00:05Z') });
    const [stored] = await new SpAlertReceipts(site.sp).listForActions([a3]);
    expect(stored).toMatchObject({ key: slipKeyOfA3(site), actionId: a3, progressUpdateId: '7', messageId: '1712', route: 'graph:team-oc/chan-oc', postedAt: new Date('2026-05-10T06:00:05Z'), author: { displayName: 'Erin Editor', email: EDITOR } });
    const list = site.as(EDITOR).web.lists.getByTitle('Plan Alert Receipts');
    await expect(list.items.getById(stored.id).update({ SlipKey: 'changed' })).rejects.toMatchObject({ status: 403 });
    await expect(list.items.getById(stored.id).delete()).rejects.toMatchObject({ status: 403 });
    expect(await new SpAlertReceipts(site.sp).listForActions([String(site.ids.get('OC.A1'))])).toEqual([]);
  });
});
