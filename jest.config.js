/**
 * Jest runs every suite under tests/ (which mirrors src/ and tools/).
 * Component suites opt into jsdom with a `@jest-environment jsdom` docblock;
 * everything else runs in Node so integration suites can talk HTTP to the emulator.
 */
/** @type {import('jest').Config} */
module.exports = {
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/tests/e2e/'],
  testEnvironment: 'node',
  transform: {
    '^.+\\.(ts|tsx|js|mjs)$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json', diagnostics: false }]
  },
  // PnPjs v4 is ESM-only, so it must be transformed like our own code.
  transformIgnorePatterns: ['/node_modules/(?!(@pnp)/)'],
  moduleNameMapper: {
    '\\.(css|scss)$': 'identity-obj-proxy'
  },
  setupFilesAfterEnv: ['<rootDir>/tests/setup.ts'],
  collectCoverageFrom: ['src/**/*.{ts,tsx}', '!src/**/*.d.ts', '!src/**/loc/**'],
  coverageThreshold: {
    './src/domain/': { branches: 95 }
  }
};
