'use strict';
/**
 * Layer boundaries: each folder may import only what its layer allows. The rule itself
 * (config/eslint-plugin-ipt) resolves every import, `export … from`, dynamic `import()` and
 * `require()` to the folder it lands in, so barrels and deep paths are judged alike; the allow lists
 * are in config/eslint-plugin-ipt/layers.js.
 */
const boundaries = [
  {
    files: ['src/**/*.ts', 'src/**/*.tsx', 'tools/**/*.ts', 'tools/**/*.tsx', 'tests/**/*.ts', 'tests/**/*.tsx', 'bench/**/*.ts', 'functions/**/*.ts'],
    plugins: ['ipt'],
    rules: { 'ipt/layer-imports': 2 }
  }
];

/**
 * A configuration with only the layer rule: it needs no type information, so it lints tools/,
 * tests/ and bench/ (which the SPFx build does not compile) quickly. `npm run lint:layers` and the
 * layer tests use it, with inline configuration off so that no comment can switch the rule off.
 */
const layersOnlyConfig = {
  root: true,
  parser: '@typescript-eslint/parser',
  parserOptions: { ecmaVersion: 2022, sourceType: 'module', ecmaFeatures: { jsx: true } },
  overrides: boundaries
};

module.exports = { boundaries, layersOnlyConfig };
