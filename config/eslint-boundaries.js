'use strict';
/**
 * Layer boundaries (DEVELOPERS.md): each folder of src/ may import only what its layer allows.
 * ESLint replaces (not merges) a rule's options per matching override, so every layer lists
 * everything it forbids.
 */
const UI_AND_PLATFORM = ['react', 'react-dom', 'react-dom/*', '@fluentui/*', '@pnp/*', '@microsoft/*', '@azure/*'];
const OTHER_LAYERS = (...layers) => layers.map((layer) => `**/${layer}/**`);
const restrict = (packages, layers, message) => [
  2,
  {
    patterns: [
      { group: packages, message },
      ...(layers.length ? [{ group: OTHER_LAYERS(...layers), message }] : [])
    ]
  }
];
const boundaries = [
  {
    files: ['src/domain/**/*.ts', 'src/domain/**/*.tsx'],
    rules: {
      'no-restricted-imports': restrict(
        [...UI_AND_PLATFORM, 'adaptivecards*', 'exceljs', 'docx', 'papaparse', 'valibot'],
        ['application', 'data', 'notifications', 'ui', 'host', 'webparts'],
        'src/domain holds pure rules: it imports only its own files, date-fns and @date-fns/tz.'
      )
    }
  },
  {
    files: ['src/application/**/*.ts', 'src/application/**/*.tsx'],
    rules: {
      'no-restricted-imports': restrict(
        UI_AND_PLATFORM,
        ['data', 'notifications', 'ui', 'host', 'webparts'],
        'src/application holds use cases and ports: domain only, adapters are injected.'
      )
    }
  },
  {
    files: ['src/data/**/*.ts', 'src/data/**/*.tsx'],
    rules: {
      'no-restricted-imports': restrict(
        ['react', 'react-dom', '@fluentui/*', '@microsoft/sp-*', '@microsoft/teams-js', '@azure/*'],
        ['notifications', 'ui', 'host', 'webparts'],
        'src/data is the PnPjs adapter: no UI and no SPFx context (the host hands it a configured SPFI).'
      )
    }
  },
  {
    files: ['src/notifications/**/*.ts', 'src/notifications/**/*.tsx'],
    rules: {
      'no-restricted-imports': restrict(
        ['react', 'react-dom', '@fluentui/*', '@pnp/*', '@microsoft/sp-*', '@microsoft/teams-js', '@azure/msal-browser'],
        ['data', 'ui', 'host', 'webparts'],
        'src/notifications builds and sends cards: no UI, no PnPjs, no SPFx context.'
      )
    }
  },
  {
    files: ['src/ui/**/*.ts', 'src/ui/**/*.tsx'],
    rules: {
      'no-restricted-imports': restrict(
        ['@pnp/*', '@microsoft/sp-*', '@microsoft/teams-js', '@azure/*'],
        ['data', 'host', 'webparts'],
        'src/ui renders through application services: no PnPjs, no SPFx or Teams context, no MSAL.'
      )
    }
  },
  {
    files: ['src/host/**/*.ts', 'src/host/**/*.tsx', 'src/webparts/**/*.ts', 'src/webparts/**/*.tsx'],
    rules: {
      'no-restricted-imports': restrict(
        ['@pnp/*'],
        [],
        'Hosts build services through src/data factories; only src/data imports PnPjs.'
      )
    }
  },
  {
    // msal-browser is for the standalone Teams tab only: it must never enter the SPFx bundle.
    files: ['src/webparts/**/*.ts', 'src/webparts/**/*.tsx', 'src/host/spfx/**/*.ts', 'src/host/spfx/**/*.tsx'],
    rules: {
      'no-restricted-imports': restrict(
        ['@pnp/*', '@azure/msal-browser', '@microsoft/teams-js'],
        ['standalone'],
        'The SPFx host uses the SPFx context (AadTokenProvider, context.sdks.microsoftTeams): no MSAL, no own teams-js, no PnPjs.'
      )
    }
  }
];

module.exports = { boundaries };
