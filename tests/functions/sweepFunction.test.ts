/**
 * The sweep as an Azure Functions app: its timer handler invoked against the emulator with the
 * function app's settings (webhook URLs and the site as setting values), and the built bundle
 * loaded as the Functions runtime loads it, registering its timer and running it.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { writeRoutingSettings } from '../../src/data/notifications';
import { createSlippageSweep, SWEEP_SCHEDULE } from '../../functions/sweep/src/slippageSweep';
import { buildSweepFunctionApp } from '../../tools/cli/buildFunctions';
import { startSweepSite, TODAY, type SweepSite } from '../tools/sweep/support/sweepSite';

const noWait = { sleep: async () => undefined, random: () => 1 };
const run = promisify(execFile);

function recorder() {
  const logged: string[] = [];
  const errors: string[] = [];
  return { logged, errors, context: { log: (...a: unknown[]) => void logged.push(a.map(String).join(' ')), error: (...a: unknown[]) => void errors.push(a.map(String).join(' ')) } };
}

describe('the sweep as an Azure Functions app', () => {
  let site: SweepSite;
  beforeEach(async () => {
    site = await startSweepSite();
  });
  afterEach(async () => site.stop());

  it('its timer posts each card to the webhook URL the application setting holds, and the next run posts none', async () => {
    await writeRoutingSettings(site.sp, [{ title: 'routing:fallback', value: '{"webhookSecretName":"IPT_WEBHOOK_BOARD"}' }]);
    // Application settings arrive as values (a Key Vault reference is resolved before the code runs).
    const env = { IPT_SITE_URL: site.emu.siteUrl, IPT_WEBHOOK_BOARD: `${site.emu.url}/_emulator/workflows/board-flow` };
    const timer = createSlippageSweep({ env, today: TODAY, retry: noWait });
    const first = recorder();
    await timer({ isPastDue: false }, first.context);
    expect((await site.messages()).map((m) => m.name)).toEqual(['board-flow', 'board-flow', 'board-flow']);
    expect(first.logged.join('\n')).toContain('3 card(s) posted, 0 failed');
    const second = recorder();
    await timer({ isPastDue: true }, second.context);
    expect(second.logged.join('\n')).toContain('running late');
    expect(second.logged.join('\n')).toContain('Nothing to send.');
    expect(await site.messages()).toHaveLength(3);
  });

  it("links each card into the app's tab in the theme's channel, naming the channel, once Plan Settings records the tab", async () => {
    await writeRoutingSettings(site.sp, [
      { title: 'routing:OC', value: '{"teamId":"board","channelId":"19:oc@thread.tacv2","webhookSecretName":"IPT_WEBHOOK_OC"}' },
      { title: 'teamsApp', value: '{"appId":"6b3e7c2a-0000-4000-8000-000000000001"}' },
      { title: 'teamsTab:19:oc@thread.tacv2', value: '{"teamId":"board","channelId":"19:oc@thread.tacv2","entityId":"ipt-oc"}' }
    ]);
    const timer = createSlippageSweep({ env: { IPT_SITE_URL: site.emu.siteUrl }, today: TODAY, retry: noWait });
    await timer({}, recorder().context);
    const messages = await site.messages();
    const oc = messages.filter((m) => m.name === 'OC').map((m) => JSON.stringify(m.envelope));
    expect(oc).toHaveLength(2);
    for (const card of oc) {
      const links = card.match(/https:\/\/teams\.microsoft\.com\/l\/entity\/[^"\\]+/g) ?? [];
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(JSON.parse(new URL(link).searchParams.get('context') as string)).toMatchObject({ channelId: '19:oc@thread.tacv2' });
    }
    // Theme GV has no recorded tab: its card keeps the plan site's link.
    expect(JSON.stringify(messages.find((m) => m.name === 'GV')?.envelope)).not.toContain('teams.microsoft.com/l/entity');
  });

  it('refuses to run without the plan site setting', async () => {
    await expect(createSlippageSweep({ env: {} })({}, recorder().context)).rejects.toThrow('Set IPT_SITE_URL');
  });

  it('builds into a bundle that registers the timer with the Functions runtime and runs it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ipt-func-'));
    try {
      const files = await buildSweepFunctionApp(out);
      for (const f of files) expect(existsSync(join(out, f))).toBe(true);
      // A stand-in for @azure/functions that records the registration, as the runtime would load it.
      const stub = join(out, 'node_modules/@azure/functions');
      mkdirSync(stub, { recursive: true });
      writeFileSync(join(stub, 'index.js'), 'exports.registered = []; exports.app = { timer: (name, options) => exports.registered.push({ name, options }) };');
      const script = `
        require('./dist/index.js');
        const { registered } = require('@azure/functions');
        const [{ name, options }] = registered;
        const logged = [];
        options.handler({ isPastDue: false }, { log: (...a) => logged.push(a.join(' ')), error: (...a) => logged.push(a.join(' ')) })
          .then(() => { console.log(JSON.stringify({ name, schedule: options.schedule, logged })); process.exit(0); }, (e) => { console.error(e); process.exit(1); });`;
      const { stdout } = await run(process.execPath, ['-e', script], { cwd: out, timeout: 45000, env: { ...process.env, IPT_SITE_URL: site.emu.siteUrl } });
      const result = JSON.parse(stdout.trim().split('\n').pop() as string) as { name: string; schedule: string; logged: string[] };
      expect(result.name).toBe('slippageSweep');
      expect(result.schedule).toBe(SWEEP_SCHEDULE);
      expect(result.logged.join('\n')).toMatch(/Sweep of \d{4}-\d{2}-\d{2}/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60000);
});
