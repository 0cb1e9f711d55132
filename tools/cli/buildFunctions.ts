/**
 * `npm run build:functions`: bundles the sweep's Azure Functions app (functions/sweep) into a
 * folder ready for zip deploy or `func azure functionapp publish`, and optionally the zip itself.
 */
import * as fs from 'fs';
import * as path from 'path';
import { build } from 'esbuild';
import JSZip from 'jszip';
import { parseArgs, runCli } from './args';

const ROOT = path.resolve(__dirname, '../..');
const APP_DIR = path.join(ROOT, 'functions/sweep');

const USAGE = `Usage: npm run build:functions [-- --out <dir>] [--zip <file>]

Builds the scheduled sweep as an Azure Functions app (Node 22, programming model v4): bundles
functions/sweep/src/index.ts and everything it uses (the sweep, PnPjs, MSAL) into dist/index.js, and
copies host.json and package.json beside it. Only @azure/functions is left to npm, which the
function app's remote build installs (SCM_DO_BUILD_DURING_DEPLOYMENT=true) or func publish does.

  --out <dir>    where to write the app (default functions/sweep/.build)
  --zip <file>   also write the app as a zip for "az functionapp deployment source config-zip"`;

/** Writes the function app into `outDir`; returns the files written, relative to it. */
export async function buildSweepFunctionApp(outDir: string): Promise<string[]> {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(outDir, 'dist'), { recursive: true });
  await build({
    entryPoints: [path.join(APP_DIR, 'src/index.ts')],
    outfile: path.join(outDir, 'dist/index.js'),
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    // The Functions runtime's own package, installed on deployment; Node's built-ins stay built in.
    external: ['@azure/functions'],
    sourcemap: true,
    logLevel: 'warning'
  });
  for (const file of ['host.json', 'package.json']) fs.copyFileSync(path.join(APP_DIR, file), path.join(outDir, file));
  return ['host.json', 'package.json', 'dist/index.js', 'dist/index.js.map'];
}

/** Zips the built app (its files at the zip's root, as zip deploy expects). */
export async function zipFunctionApp(outDir: string, files: readonly string[], zipFile: string): Promise<void> {
  const zip = new JSZip();
  for (const file of files) zip.file(file, fs.readFileSync(path.join(outDir, file)));
  fs.mkdirSync(path.dirname(zipFile), { recursive: true });
  fs.writeFileSync(zipFile, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

if (require.main === module) {
  runCli(async () => {
    const { options } = parseArgs(process.argv.slice(2), { values: ['out', 'zip'], flags: [], usage: USAGE });
    const outDir = path.resolve((options.get('out') as string | undefined) ?? path.join(APP_DIR, '.build'));
    const files = await buildSweepFunctionApp(outDir);
    console.log(`Built the sweep's function app in ${outDir}: ${files.join(', ')}.`);
    const zipFile = options.get('zip');
    if (typeof zipFile === 'string') {
      await zipFunctionApp(outDir, files, path.resolve(zipFile));
      console.log(`Zipped to ${path.resolve(zipFile)}.`);
    }
  });
}
