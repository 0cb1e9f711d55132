#!/usr/bin/env node
'use strict';
/**
 * Validates manifest/manifest.json against the Teams JSON schema it declares. @microsoft/app-manifest
 * bundles the schemas (v1.0 to v1.30), so this runs offline. Exits 1 with readable errors.
 */
const fs = require('fs');
const path = require('path');
const { AppManifestUtils } = require('@microsoft/app-manifest');

async function validateTeamsManifest(manifestPath) {
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const errors = await AppManifestUtils.validateAgainstSchema(manifest);
  for (const icon of [manifest.icons.color, manifest.icons.outline]) {
    if (!fs.existsSync(path.join(path.dirname(manifestPath), icon))) errors.push(`icon file ${icon} is missing`);
  }
  return { manifest, errors };
}

module.exports = { validateTeamsManifest };

if (require.main === module) {
  const file = path.resolve(process.argv[2] || path.join(__dirname, '..', 'manifest', 'manifest.json'));
  validateTeamsManifest(file).then(({ manifest, errors }) => {
    if (errors.length) {
      console.error(`Teams manifest ${file} is not valid against schema v${manifest.manifestVersion}:`);
      for (const e of errors) console.error(`  - ${e}`);
      process.exit(1);
    }
    console.log(`Teams manifest is valid against schema v${manifest.manifestVersion}.`);
  }, (err) => {
    console.error(`Could not validate the Teams manifest: ${err.message}`);
    process.exit(1);
  });
}
