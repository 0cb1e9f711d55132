/**
 * Done-when criterion: `kill -9` of the emulator (the real CLI in a child process) in the
 * middle of a stream of writes loses no write that was acknowledged with a 2xx.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pnp } from './helpers';

const ROOT = resolve(__dirname, '../../..');

function startCli(dataDir: string): Promise<{ child: ChildProcess; siteUrl: string }> {
  // `node --import tsx` keeps the emulator in THIS process (the tsx CLI would run it in a
  // grandchild that SIGKILL of the parent does not reach). process.execPath is Node 22.
  const child = spawn(process.execPath, ['--import', 'tsx', 'tools/emulator/cli.ts', '--port', '0', '--data', dataDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((res, rej) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => rej(new Error(`emulator did not start: ${out} ${err}`)), 20_000);
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^(http:\/\/127\.0\.0\.1:\d+\/sites\/improvement)$/m.exec(out);
      if (m) {
        clearTimeout(timer);
        res({ child, siteUrl: m[1] });
      }
    });
    child.on('exit', (code) => rej(new Error(`emulator exited (${String(code)}): ${err}`)));
  });
}

const exited = (child: ChildProcess): Promise<void> => new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r() : child.once('exit', () => r())));

describe('durability', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sp-emu-kill-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every acknowledged write across kill -9 and restart', async () => {
    const first = await startCli(dataDir);
    // No retries: a write counts only if this very request was acknowledged.
    const sp = pnp(first.siteUrl, undefined, { retries: 1 });
    await sp.web.lists.ensure('Log');
    const list = sp.web.lists.getByTitle('Log');
    const acked = new Map<number, string>();
    const updated = new Map<number, string>();
    let n = 0;
    let killed = false;
    const worker = async (): Promise<void> => {
      while (!killed && n < 5000) {
        const title = `write ${n++}`;
        try {
          const item = await list.items.add({ Title: title });
          acked.set(item.Id as number, title);
          if ((item.Id as number) % 3 === 0) {
            await list.items.getById(item.Id).update({ Title: `${title} updated` });
            updated.set(item.Id as number, `${title} updated`);
          }
          if (!killed && acked.size >= 150) {
            killed = true;
            first.child.kill('SIGKILL');
          }
        } catch {
          /* in flight when the process died: not acknowledged */
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    await exited(first.child);
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(acked.size).toBeGreaterThanOrEqual(150);

    const second = await startCli(dataDir);
    try {
      const sp2 = pnp(second.siteUrl);
      const rows: Array<{ Id: number; Title: string }> = [];
      for await (const page of sp2.web.lists.getByTitle('Log').items.select('Id', 'Title').top(5000)) rows.push(...page);
      const byId = new Map(rows.map((r) => [r.Id, r.Title]));
      for (const [id, title] of acked) expect([title, `${title} updated`]).toContain(byId.get(id));
      for (const [id, title] of updated) expect(byId.get(id)).toBe(title);
    } finally {
      second.child.kill('SIGTERM');
      await exited(second.child);
    }
  }, 60_000);
});
