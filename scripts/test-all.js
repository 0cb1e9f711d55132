#!/usr/bin/env node
'use strict';
/**
 * `npm test`: every check the project has, in the order that fails fastest.
 *   1. ESLint over src/ (the SPFx rules plus the layer boundaries)
 *   2. TypeScript over src/, tests/, tools/ and bench/
 *   3. Jest: unit, integration (real PnPjs against a fresh emulator), component suites,
 *      with the src/domain coverage threshold
 *   4. The Cabinet report (.docx) converted to PDF by Debian's LibreOffice, showing every theme
 *   5. End-to-end and accessibility suites in Debian's Chromium
 * Chromium and LibreOffice come from Debian: scripts/ensure-system-packages.js installs them
 * on a fresh machine (as root) or says what to install.
 * Each step runs on the project's Node 22 (npm puts node_modules/.bin first on PATH).
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const steps = [
  ['lint', bin('eslint'), ['--ext', '.ts,.tsx', '--max-warnings', '0', 'src']],
  ['typecheck', bin('tsc'), ['-p', 'tsconfig.test.json', '--noEmit']],
  ['jest', bin('jest'), ['--coverage', '--coverageReporters=text-summary', ...process.argv.slice(2)]]
];
steps.push(['docx-to-pdf', bin('tsx'), ['tests/tools/import/docxToPdf.check.ts']]);
const e2eDir = path.join(root, 'tests', 'e2e');
if (fs.existsSync(e2eDir) && fs.readdirSync(e2eDir).some((f) => f.endsWith('.e2e.test.ts'))) {
  steps.push(['e2e', bin('jest'), ['-c', 'jest.e2e.config.js']]);
}

require('./ensure-system-packages');

for (const [name, command, args] of steps) {
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) {
    console.error(`\n${name} failed after ${seconds} s (exit ${run.status ?? run.signal}).`);
    process.exit(1);
  }
  console.log(`${name} passed in ${seconds} s.`);
}
