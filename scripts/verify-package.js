#!/usr/bin/env node
'use strict';
/**
 * Checks the shipped package, so a broken release fails the build instead of a tenant upload:
 * - the .sppkg holds the web part with its four hosts and the Graph permission request;
 * - it carries TeamsSPFxApp.zip, whose manifest validates against its Teams schema offline;
 * - the production bundle contains no @azure/msal-browser (the SPFx host uses SPFx's own token
 *   provider; MSAL belongs to the standalone Teams tab only).
 */
const fs = require('fs');
const path = require('path');
const JSZip = require('jszip');
const { AppManifestUtils } = require('@microsoft/app-manifest');
const { webPartId } = require('./solution-ids');

const REQUIRED_HOSTS = ['SharePointWebPart', 'SharePointFullPage', 'TeamsTab', 'TeamsPersonalApp'];
/** Strings only MSAL's browser library contains (its error class and its cache key prefix). */
const MSAL_MARKERS = ['BrowserAuthError', 'msal.interaction.status'];

async function verifyPackage(root) {
  const problems = [];
  const solutionDir = path.join(root, 'sharepoint', 'solution');
  const sppkgName = fs.existsSync(solutionDir) && fs.readdirSync(solutionDir).find((f) => f.endsWith('.sppkg'));
  if (!sppkgName) return { problems: ['no .sppkg in sharepoint/solution: run npm run ship'] };
  const sppkg = await JSZip.loadAsync(fs.readFileSync(path.join(solutionDir, sppkgName)));
  const names = Object.keys(sppkg.files);

  const webPartXml = names.find((n) => n.toLowerCase().includes(`webpart_${webPartId}`) && n.endsWith('.xml'));
  if (!webPartXml) {
    problems.push(`the .sppkg has no web part definition for ${webPartId}`);
  } else {
    const xml = await sppkg.file(webPartXml).async('string');
    const match = /ComponentManifest="([^"]*)"/.exec(xml);
    const manifest = match && JSON.parse(match[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'"));
    const hosts = (manifest && manifest.supportedHosts) || [];
    for (const host of REQUIRED_HOSTS) if (!hosts.includes(host)) problems.push(`web part manifest lacks supported host ${host}`);
  }

  const teamsEntry = names.find((n) => n.endsWith('TeamsSPFxApp.zip'));
  if (!teamsEntry) {
    problems.push('the .sppkg does not contain TeamsSPFxApp.zip');
  } else {
    const teamsZip = await JSZip.loadAsync(await sppkg.file(teamsEntry).async('nodebuffer'));
    const manifestFile = teamsZip.file('manifest.json');
    if (!manifestFile) problems.push('TeamsSPFxApp.zip has no manifest.json');
    else {
      const teamsManifest = JSON.parse(await manifestFile.async('string'));
      const errors = await AppManifestUtils.validateAgainstSchema(teamsManifest);
      for (const e of errors) problems.push(`Teams manifest: ${e}`);
      for (const icon of [teamsManifest.icons.color, teamsManifest.icons.outline]) {
        if (!teamsZip.file(icon)) problems.push(`TeamsSPFxApp.zip lacks icon ${icon}`);
      }
    }
  }

  const distDir = path.join(root, 'dist');
  for (const file of fs.existsSync(distDir) ? fs.readdirSync(distDir).filter((f) => f.endsWith('.js')) : []) {
    const text = fs.readFileSync(path.join(distDir, file), 'utf8');
    for (const marker of MSAL_MARKERS) if (text.includes(marker)) problems.push(`dist/${file} contains @azure/msal-browser (found "${marker}")`);
  }
  return { problems, sppkg: sppkgName, entries: names.length };
}

module.exports = { verifyPackage, MSAL_MARKERS };

if (require.main === module) {
  verifyPackage(path.join(__dirname, '..')).then(({ problems, sppkg, entries }) => {
    if (problems.length) {
      console.error('The package is not fit to ship:');
      for (const p of problems) console.error(`  - ${p}`);
      process.exit(1);
    }
    console.log(`sharepoint/solution/${sppkg} verified: ${entries} entries, four hosts, Teams manifest valid, no MSAL in the bundle.`);
  }, (err) => {
    console.error(err);
    process.exit(1);
  });
}
