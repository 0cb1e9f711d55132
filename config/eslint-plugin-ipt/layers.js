'use strict';
/**
 * Which folder may import which. Every import is resolved to a real path first, so a barrel
 * (`'../../data'`), a deep path, an `export … from`, a dynamic `import()` and a `require()` are all
 * judged by where they land, not by how the string looks.
 *
 * `mayImport` is an allow list of folders, `mayNotImport` the folders inside them still refused. Packages are judged by `packages`: an allow list
 * (`only`) for the domain, a deny list (`never`) elsewhere.
 */
const PLATFORM = ['react', 'react-dom', '@fluentui/*', '@pnp/*', '@microsoft/*', '@azure/*'];
const FILE_LIBRARIES = ['exceljs', 'docx', 'papaparse', 'jszip', 'saxes'];
const SRC = ['domain', 'application', 'data', 'notifications', 'export', 'files', 'ui', 'host', 'webparts'].map((l) => `src/${l}`);

/** @type {Record<string, { mayImport: string[]; mayNotImport?: string[]; packages: { only?: string[]; never?: string[] }; why: string }>} */
const LAYERS = {
  'src/domain': {
    mayImport: ['src/domain'],
    packages: { only: ['date-fns', '@date-fns/tz'] },
    why: 'src/domain holds pure rules: it imports only its own files, date-fns and @date-fns/tz.'
  },
  'src/application': {
    mayImport: ['src/domain', 'src/application'],
    packages: { never: [...PLATFORM, ...FILE_LIBRARIES, 'adaptivecards*'] },
    why: 'src/application holds use cases and ports: the domain only; adapters are injected.'
  },
  'src/data': {
    mayImport: ['src/domain', 'src/application', 'src/data'],
    packages: { never: ['react', 'react-dom', '@fluentui/*', '@microsoft/sp-*', '@microsoft/teams-js', '@azure/*'] },
    why: 'src/data is the PnPjs adapter: no UI, no cards and no SPFx context (the host hands it a configured SPFI).'
  },
  'src/notifications': {
    mayImport: ['src/domain', 'src/application', 'src/notifications'],
    packages: { never: ['react', 'react-dom', '@fluentui/*', '@pnp/*', '@microsoft/sp-*', '@microsoft/teams-js', '@azure/msal-browser'] },
    why: 'src/notifications builds and sends cards: no UI, no PnPjs, no SPFx context.'
  },
  'src/export': {
    mayImport: ['src/domain', 'src/application', 'src/export'],
    packages: { never: ['react', 'react-dom', '@fluentui/*', '@pnp/*', '@microsoft/*', '@azure/*'] },
    why: 'src/export writes report files from the domain: no UI, no PnPjs, no SPFx context.'
  },
  'src/files': {
    mayImport: ['src/domain', 'src/application', 'src/files'],
    packages: { never: ['react', 'react-dom', '@fluentui/*', '@pnp/*', '@microsoft/*', '@azure/*'] },
    why: 'src/files reads the files people bring into the application\'s terms: no UI, no PnPjs, no SPFx context.'
  },
  'src/ui': {
    mayImport: ['src/domain', 'src/application', 'src/ui', 'src/export', 'src/files'],
    packages: { never: ['@pnp/*', '@microsoft/sp-*', '@microsoft/teams-js', '@azure/*', ...FILE_LIBRARIES] },
    why: 'src/ui renders through application services: no PnPjs, no SPFx or Teams context, no MSAL; report files come from src/export and src/files.'
  },
  'src/host': {
    mayImport: SRC.filter((l) => l !== 'src/webparts'),
    packages: { never: ['@pnp/*'] },
    why: 'Hosts build services through src/data factories; only src/data imports PnPjs.'
  },
  'src/host/spfx': {
    mayImport: SRC.filter((l) => l !== 'src/webparts'),
    mayNotImport: ['src/host/standalone'],
    packages: { never: ['@pnp/*', '@azure/msal-browser', '@microsoft/teams-js'] },
    why: 'The SPFx host uses the SPFx context (AadTokenProvider, context.sdks.microsoftTeams): no MSAL, no own teams-js, no PnPjs, nothing of the standalone host.'
  },
  'src/webparts': {
    mayImport: SRC,
    mayNotImport: ['src/host/standalone'],
    packages: { never: ['@pnp/*', '@azure/msal-browser', '@microsoft/teams-js'] },
    why: 'The web part is a thin class over the SPFx host: no MSAL, no own teams-js, no PnPjs, nothing of the standalone host.'
  },
  src: {
    mayImport: SRC,
    packages: { never: [] },
    why: 'Production code never imports the local tools or the tests.'
  },
  tools: {
    mayImport: [...SRC, 'tools', 'scripts'],
    packages: { never: [] },
    why: 'The local tools and CLIs run production code; they never import the tests.'
  },
  functions: {
    mayImport: [...SRC, 'tools', 'functions'],
    packages: { never: [] },
    why: 'The Azure Functions app runs the sweep job of tools/sweep; it never imports the tests.'
  },
  tests: {
    mayImport: [...SRC, 'tools', 'tests', 'scripts', 'config', 'bench', 'functions'],
    packages: { never: [] },
    why: 'Tests may import anything in the repository.'
  },
  bench: {
    mayImport: [...SRC, 'tools', 'bench', 'scripts', 'tests/e2e/support'],
    packages: { never: [] },
    why: 'Benchmarks run production code and the local tools.'
  }
};

module.exports = { LAYERS };
