#!/usr/bin/env node
'use strict';
/**
 * Validates the Teams app manifest, then zips it with its two icons into teams/TeamsSPFxApp.zip.
 * package-solution copies everything in teams/ into the .sppkg, which is how SharePoint picks up a
 * developer-provided Teams manifest ("Deployment options for SPFx solutions for Teams").
 */
const fs = require('fs');
const path = require('path');
const JSZip = require('jszip');
const { validateTeamsManifest } = require('./validate-teams-manifest');
const { teamsZip } = require('./solution-ids');

async function main() {
  const dir = path.join(__dirname, '..', 'manifest');
  const { manifest, errors } = await validateTeamsManifest(path.join(dir, 'manifest.json'));
  if (errors.length) {
    console.error('The Teams manifest is not valid, so no package was made:');
    for (const e of errors) console.error(`  - ${e}`);
    process.exit(1);
  }
  const zip = new JSZip();
  for (const name of ['manifest.json', manifest.icons.color, manifest.icons.outline]) {
    zip.file(name, fs.readFileSync(path.join(dir, name)));
  }
  const out = path.join(__dirname, '..', teamsZip);
  fs.writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  console.log(`Teams app package written to ${teamsZip} (schema v${manifest.manifestVersion}).`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
