/** The Graph stand-in refuses a channel post from someone who is not a member of the team, as Graph does. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../../tools/emulator';

let emu: EmulatorHandle;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sp-emu-teams-'));
  emu = await startEmulator({ port: 0, dataDir, teams: { 'leadership-team': ['editor@improvement.local'] } });
});
afterAll(async () => {
  await emu.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const message = { body: { contentType: 'html', content: '<attachment id="c1"></attachment>' }, attachments: [{ id: 'c1', contentType: 'application/vnd.microsoft.card.adaptive', content: JSON.stringify({ type: 'AdaptiveCard', version: '1.4', body: [] }) }] };
const post = (team: string, login: string): Promise<Response> =>
  fetch(`${emu.url}/v1.0/teams/${team}/channels/19%3Aalerts/messages`, {
    method: 'POST',
    headers: { Authorization: 'Bearer t', 'Content-Type': 'application/json', 'X-Emulator-User': login },
    body: JSON.stringify(message)
  });

describe('Graph channel posts and team membership', () => {
  it('accepts a member of the team', async () => {
    expect((await post('leadership-team', 'editor@improvement.local')).status).toBe(201);
  });

  it('refuses someone outside the team with 403 Forbidden and records nothing', async () => {
    const before = ((await (await fetch(`${emu.url}/_emulator/channel-messages`)).json()) as unknown[]).length;
    const r = await post('leadership-team', 'reader@improvement.local');
    expect(r.status).toBe(403);
    expect(await r.json()).toMatchObject({ error: { code: 'Forbidden' } });
    expect(((await (await fetch(`${emu.url}/_emulator/channel-messages`)).json()) as unknown[]).length).toBe(before);
  });

  it('accepts anyone in a team it was not told about', async () => {
    expect((await post('another-team', 'reader@improvement.local')).status).toBe(201);
  });
});
