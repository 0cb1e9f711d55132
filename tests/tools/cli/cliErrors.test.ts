/**
 * The CLIs say in words what is wrong when the site cannot be reached or refuses them: a dead
 * port, a site that does not exist, a 403. Each runs as its own process, as a person runs it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../../tools/emulator';

jest.setTimeout(120_000);

const ROOT = resolve(__dirname, '../../..');

/** Runs `tools/cli/<script>` with the arguments; resolves with its exit code and output. */
function cli(script: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', `tools/cli/${script}`, ...args], { cwd: ROOT, env: { ...process.env, NODE_NO_WARNINGS: '1' } }, (error, stdout, stderr) => {
      done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  await new Promise((closed) => server.close(closed));
  return port;
}

describe('CLI errors in words', () => {
  let emu: EmulatorHandle;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ipt-cli-errors-'));
    emu = await startEmulator({ port: 0, dataDir });
  });
  afterAll(async () => {
    await emu.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a dead port: nothing is listening, start the emulator or check the port', async () => {
    const port = await deadPort();
    const run = await cli('sweep.ts', '--site', `http://127.0.0.1:${port}/sites/improvement`, '--dry-run');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Nothing is listening at 127.0.0.1:${port}: the connection was refused.`);
    expect(run.stderr).toContain('npm run emulator');
    expect(run.stderr).not.toContain('fetch failed');
  });

  it('a site that does not exist: 404 in words, with the address to check', async () => {
    const run = await cli('provision.ts', '--site', `${emu.url}/sites/no-such-site`);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`there is no site at ${emu.url}/sites/no-such-site`);
    expect(run.stderr).toContain('Check --site');
    expect(run.stderr).not.toContain('Error making HttpClient request');
  });

  it('a refusal: 403 in words, naming the grant to check', async () => {
    const run = await cli('provision.ts', '--site', emu.siteUrl, '--user', 'reader@improvement.local');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`SharePoint refused at ${emu.siteUrl} (403 Access denied)`);
    expect(run.stderr).toContain('Sites.Selected');
    expect(run.stderr).not.toContain('Error making HttpClient request');
  });

  it('the doctor and verify-record explain a dead port the same way', async () => {
    const port = await deadPort();
    const doctor = await cli('doctor.ts', '--site', `http://127.0.0.1:${port}/sites/improvement`);
    expect(doctor.stderr).toContain(`The site could not be checked. Nothing is listening at 127.0.0.1:${port}`);
    const verify = await cli('verifyRecord.ts', '--site', `http://127.0.0.1:${port}/sites/improvement`);
    expect(verify.stderr).toContain(`could not be checked. Nothing is listening at 127.0.0.1:${port}`);
  });
});
