/**
 * End-to-end and accessibility suites: Playwright (playwright-core) drives Debian's Chromium
 * against the local product (emulator + host pages) started once per suite.
 */
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: ['**/tests/e2e/**/*.e2e.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  collectCoverageFrom: undefined,
  coverageThreshold: undefined,
  setupFilesAfterEnv: [],
  testTimeout: 60000,
  // One browser at a time: the machines have two cores.
  maxWorkers: 1
};
