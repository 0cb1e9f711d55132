import { rememberChannelTab } from '../../../src/host/teams/rememberChannelTab';
import type { CurrentUser } from '../../../src/application/ports/planRepository';

const tab = { teamId: 'board', channelId: '19:alerts', entityId: 'ipt-tab' };
const session = (user: Partial<CurrentUser>) => ({ currentUser: async (): Promise<CurrentUser> => ({ person: { displayName: 'Pat' }, canEdit: true, canManage: false, ...user }) });

describe('recording the channel tab the programme office opens', () => {
  it('records the app id and the tab when the programme office opens it', async () => {
    const record = jest.fn(async () => true);
    await rememberChannelTab(session({ canManage: true }), record, 'app-1', tab);
    expect(record).toHaveBeenCalledWith('app-1', tab);
  });

  it('leaves Plan Settings alone for anyone else', async () => {
    const record = jest.fn(async () => true);
    await rememberChannelTab(session({ canManage: false }), record, 'app-1', tab);
    expect(record).not.toHaveBeenCalled();
  });

  it('never fails the page when the write is refused', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(rememberChannelTab(session({ canManage: true }), async () => Promise.reject(new Error('403')), 'app-1', tab)).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
