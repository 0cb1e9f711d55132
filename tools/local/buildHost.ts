import * as path from 'path';
import * as fs from 'fs';
import { build, type Plugin } from 'esbuild';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { fixAdaptiveExpressions, TARGET } = require('../../config/shims/fixAdaptiveExpressions');

/** Repairs adaptive-expressions' browser build so card templates expand in the browser (see the shim). */
const fixAdaptiveExpressionsPlugin: Plugin = {
  name: 'fix-adaptive-expressions',
  setup(b) {
    b.onLoad({ filter: TARGET }, async (args) => ({ contents: fixAdaptiveExpressions(await fs.promises.readFile(args.path, 'utf8')), loader: 'js' }));
  }
};

/** Where the local product's bundles are written (inside the git-ignored data folder). */
export interface HostBuild {
  outDir: string;
}

/**
 * Bundles the standalone host (the same React app the web part renders) and the local harness
 * page with esbuild. This is local tooling only: the SPFx bundle is built by gulp.
 */
export async function buildHost(outDir: string): Promise<HostBuild> {
  const root = path.resolve(__dirname, '../..');
  await build({
    entryPoints: {
      app: path.join(root, 'src/host/standalone/main.tsx'),
      harness: path.join(root, 'tools/local/harness/harness.tsx')
    },
    outdir: outDir,
    bundle: true,
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'browser',
    target: ['chrome120', 'firefox120', 'safari16'],
    minify: true,
    sourcemap: true,
    jsx: 'transform',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [fixAdaptiveExpressionsPlugin],
    logLevel: 'warning',
    metafile: false
  });
  return { outDir };
}
