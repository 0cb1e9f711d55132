import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSpreadsheet } from '../../../src/files';
import { writeSamples } from '../../../tools/demo/samples/makeSamples';

jest.setTimeout(60_000);

const SAMPLES = join(__dirname, '../../../tools/demo/samples');
const ADOPTED_PLAN_SAMPLES = ['northmoor-improvement-plan.csv', 'northmoor-improvement-plan.docx', 'northmoor-workstream-actions.csv'];

describe('the import samples', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ipt-samples-'));
    await writeSamples(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(ADOPTED_PLAN_SAMPLES)('the committed %s is what makeSamples writes', async (name) => {
    const read = (folder: string) => readSpreadsheet(new Uint8Array(readFileSync(join(folder, name))), name);
    expect(await read(SAMPLES)).toEqual(await read(dir));
  });

  it('makeSamples answers --help', () => {
    const tsx = join(__dirname, '../../../node_modules/tsx/dist/cli.mjs');
    const out = execFileSync(process.execPath, [tsx, join(SAMPLES, 'makeSamples.ts'), '--help'], { encoding: 'utf8' });
    expect(out).toContain('Usage: npx tsx tools/demo/samples/makeSamples.ts');
    expect(out).toContain('the adopted improvement plan (.csv and .docx, numbered programmes with lettered');
  });
});
