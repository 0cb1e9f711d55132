'use strict';
/**
 * A webpack plugin that records, per chunk, its modules grouped by package with their sizes:
 * temp/bundle-modules.json. Enabled by IPT_BUNDLE_STATS=1 in gulpfile.js.
 */
const fs = require('fs');
const path = require('path');

function packageOf(resource) {
  const match = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(resource || '');
  if (match) return match[1].replace(/\\/g, '/');
  // SPFx bundles the compiled lib/ folder, which mirrors src/.
  const own = /[\\/](?:src|lib)[\\/]([^\\/]+(?:[\\/][^\\/]+)?)/.exec(resource || '');
  return own ? `src/${own[1].replace(/\\/g, '/')}` : 'other';
}

module.exports = {
  apply(compiler) {
    compiler.hooks.done.tap('BundleModules', (stats) => {
      const json = stats.toJson({ chunks: true, chunkModules: true, modules: false, assets: false });
      const chunks = json.chunks.map((chunk) => {
        const byPackage = {};
        for (const module of chunk.modules || []) {
          const key = packageOf(module.nameForCondition || module.identifier || module.name);
          byPackage[key] = (byPackage[key] || 0) + (module.size || 0);
        }
        const largest = (chunk.modules || [])
          .map((m) => ({ module: path.relative(process.cwd(), m.nameForCondition || m.identifier || m.name || ''), size: m.size || 0 }))
          .sort((a, b) => b.size - a.size)
          .slice(0, 40);
        return { names: chunk.names, files: chunk.files, initial: chunk.initial, byPackage, largest };
      });
      fs.mkdirSync(path.join(__dirname, '..', 'temp'), { recursive: true });
      fs.writeFileSync(path.join(__dirname, '..', 'temp', 'bundle-modules.json'), JSON.stringify(chunks, null, 2));
    });
  }
};
