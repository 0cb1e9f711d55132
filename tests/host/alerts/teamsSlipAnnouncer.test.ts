import { teamsSlipAnnouncer } from '../../../src/host/alerts/teamsSlipAnnouncer';
import type { SlipNotice } from '../../../src/application/ports/slipAnnouncer';
import type { Action, Person, SlippageEvent } from '../../../src/domain';

const changedBy: Person = { displayName: 'Aisha Bello', email: 'a.bello@example.gov.uk', login: 'a.bello@example.gov.uk' };
const notice: SlipNotice = {
  event: { key: '7:Green->Amber:2027-03-31', actionId: '7', themeCode: 'LD', toRating: 'Amber' } as SlippageEvent,
  action: { id: '7' } as Action,
  changedBy,
  themeName: 'Leadership',
  progressUpdateId: '41'
};

describe('the hosts’ slip announcer', () => {
  beforeEach(() => jest.spyOn(console, 'warn').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('posts as the person who saved, with the theme name and the history entry, and reports the outcome', async () => {
    const send = jest.fn(async () => ({ status: 'posted' as const, key: notice.event.key }));
    await expect(teamsSlipAnnouncer(send).announce(notice)).resolves.toEqual({ status: 'posted' });
    expect(send).toHaveBeenCalledWith(notice.event, notice.action, changedBy, 'Leadership', '41');
  });

  it('passes on a card left for the sweep with its reason', async () => {
    const send = jest.fn(async () => ({ status: 'leftForSweep' as const, key: notice.event.key, detail: 'No Teams channel is set for theme LD.' }));
    await expect(teamsSlipAnnouncer(send).announce(notice)).resolves.toEqual({ status: 'leftForSweep', detail: 'No Teams channel is set for theme LD.' });
  });

  it('never rejects: a sender that throws leaves the card for the sweep', async () => {
    const send = jest.fn(async () => Promise.reject(new Error('network down')));
    await expect(teamsSlipAnnouncer(send).announce(notice)).resolves.toEqual({ status: 'leftForSweep' });
  });
});
