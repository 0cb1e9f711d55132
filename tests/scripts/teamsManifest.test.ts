import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';

/**
 * @microsoft/app-manifest loads ESM-only dependencies that Jest's CommonJS runtime cannot require,
 * so the validator runs as the same child process the build uses.
 */
function validate(file: string): { ok: boolean; output: string } {
  const run = spawnSync(process.execPath, [path.resolve(__dirname, '../../scripts/validate-teams-manifest.js'), file], { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}
const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../manifest/manifest.json'), 'utf8'));

const manifestPath = path.resolve(__dirname, '../../manifest/manifest.json');
const webPartManifest = path.resolve(__dirname, '../../src/webparts/improvementPlan/ImprovementPlanWebPart.manifest.json');

function readJsonWithComments(file: string): { id: string; supportedHosts: string[] } {
  return JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '').replace(/,\s*\/\/.*$/gm, ','));
}

describe('Teams app manifest', () => {
  it('validates offline against the newest schema the tooling bundles', () => {
    const result = validate(manifestPath);
    expect(result.output).toContain('valid against schema v1.30');
    expect(result.ok).toBe(true);
    expect(manifest.manifestVersion).toBe('1.30');
  });

  it('hosts the SPFx web part in a personal tab and a channel tab through TeamsLogon.aspx', () => {
    const { id } = readJsonWithComments(webPartManifest);
    expect(manifest.id).toBe(id);
    expect(manifest.staticTabs[0].contentUrl).toContain(`TeamsLogon.aspx?SPFX=true&dest=/_layouts/15/teamshostedapp.aspx%3Fteams%26personal%26componentId=${id}`);
    expect(manifest.configurableTabs[0].configurationUrl).toContain(`teamshostedapp.aspx%3FopenPropertyPane=true%26teams%26componentId=${id}`);
    expect(manifest.configurableTabs[0].context).toEqual(['channelTab']);
    expect(manifest.webApplicationInfo).toEqual({ resource: 'https://{teamSiteDomain}', id: '00000003-0000-0ff1-ce00-000000000000' });
  });

  it('reports a broken manifest in words', () => {
    const broken = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    delete broken.version;
    broken.accentColor = 'blue';
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(broken));
    const result = validate(path.join(dir, 'manifest.json'));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/must have required property 'version'/);
    expect(result.output).toMatch(/accentColor/);
    expect(result.output).toMatch(/icon file color.png is missing/);
  });
});

describe('web part manifest', () => {
  it('lists the four hosts', () => {
    expect(readJsonWithComments(webPartManifest).supportedHosts.sort()).toEqual(
      ['SharePointFullPage', 'SharePointWebPart', 'TeamsPersonalApp', 'TeamsTab'].sort()
    );
  });
});
