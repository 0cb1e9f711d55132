#!/usr/bin/env node
'use strict';
/**
 * The browser and document suites need two Debian packages that npm cannot bring: Chromium
 * (browser downloads fail on these machines) and LibreOffice (to prove the Cabinet report opens
 * and converts to PDF). On a fresh machine, as root with apt-get, install them; otherwise say
 * exactly what to install.
 */
const { spawnSync } = require('child_process');

const NEEDED = [
  { command: 'chromium', packages: ['chromium'], why: 'end-to-end and accessibility suites' },
  { command: 'libreoffice', packages: ['libreoffice-writer-nogui'], why: 'the .docx to PDF check' },
  { command: 'pdftotext', packages: ['poppler-utils'], why: 'reading the converted PDF' }
];

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

function ensureSystemPackages() {
  const missing = NEEDED.filter((n) => !has(n.command));
  if (!missing.length) return;
  const packages = missing.flatMap((m) => m.packages);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !has('apt-get')) {
    console.error(`Missing system packages for the ${missing.map((m) => m.why).join(', ')}.\nInstall them with: sudo apt-get install -y ${packages.join(' ')}`);
    process.exit(1);
  }
  console.log(`Installing ${packages.join(', ')} from Debian (first run on this machine only)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...packages]]) {
    const run = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (run.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed (exit ${run.status}).`);
      process.exit(1);
    }
  }
}

ensureSystemPackages();
