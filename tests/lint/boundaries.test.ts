import * as path from 'path';
import { ESLint } from 'eslint';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { boundaries } = require('../../config/eslint-boundaries');

const root = path.resolve(__dirname, '../..');

/** ESLint with only the layer rules, so it runs without type information and fast. */
function boundaryLinter(): ESLint {
  // ESLint 8 runs these eslintrc-style options; the installed typings describe ESLint 9's flat config.
  const options = {
    cwd: root,
    useEslintrc: false,
    baseConfig: {
      parser: '@typescript-eslint/parser',
      parserOptions: { ecmaVersion: 2020, sourceType: 'module', ecmaFeatures: { jsx: true } },
      overrides: boundaries
    }
  };
  return new ESLint(options as unknown as ESLint.Options);
}

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await boundaryLinter().lintText(source, { filePath: path.join(root, filePath) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer boundaries', () => {
  it.each([
    ['src/domain/rag/policy.ts', "import * as React from 'react';"],
    ['src/domain/rag/policy.ts', "import { Button } from '@fluentui/react-components';"],
    ['src/domain/rag/policy.ts', "import { spfi } from '@pnp/sp';"],
    ['src/domain/rag/policy.ts', "import { Version } from '@microsoft/sp-core-library';"],
    ['src/domain/rag/policy.ts', "import { app } from '@microsoft/teams-js';"],
    ['src/domain/rag/policy.ts', "import { repo } from '../../data/actionsRepository';"],
    ['src/domain/rag/policy.ts', "import { View } from '../../ui/View';"],
    ['src/application/updateAction.ts', "import { spfi } from '@pnp/sp';"],
    ['src/application/updateAction.ts', "import { repo } from '../data/actionsRepository';"],
    ['src/ui/views/ThemeView.tsx', "import '@pnp/sp/items';"],
    ['src/ui/views/ThemeView.tsx', "import { Version } from '@microsoft/sp-core-library';"],
    ['src/ui/views/ThemeView.tsx', "import { repo } from '../../data/actionsRepository';"],
    ['src/notifications/cards/slipCard.ts', "import { spfi } from '@pnp/sp';"],
    ['src/host/standalone/boot.ts', "import { spfi } from '@pnp/sp';"],
    ['src/webparts/improvementPlan/ImprovementPlanWebPart.ts', "import { PublicClientApplication } from '@azure/msal-browser';"],
    ['src/webparts/improvementPlan/ImprovementPlanWebPart.ts', "import { app } from '@microsoft/teams-js';"],
    ['src/host/spfx/services.ts', "import { PublicClientApplication } from '@azure/msal-browser';"]
  ])('%s may not: %s', async (file, source) => {
    expect(await importErrors(file, source)).not.toHaveLength(0);
  });

  it.each([
    ['src/domain/rag/policy.ts', "import { addDays } from 'date-fns';\nimport { ratingOrder } from '../model/ratings';"],
    ['src/data/actionsRepository.ts', "import { spfi } from '@pnp/sp';\nimport { rateAction } from '../domain';"],
    ['src/ui/views/ThemeView.tsx', "import { Button } from '@fluentui/react-components';\nimport { rateAction } from '../../domain';"],
    ['src/host/standalone/boot.ts', "import { PublicClientApplication } from '@azure/msal-browser';"]
  ])('%s may: %s', async (file, source) => {
    expect(await importErrors(file, source)).toEqual([]);
  });

  it('holds for every file in src/', async () => {
    const results = await boundaryLinter().lintFiles(['src/**/*.ts', 'src/**/*.tsx']);
    const violations = results.flatMap((r) =>
      r.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => `${path.relative(root, r.filePath)}:${m.line} ${m.message}`)
    );
    expect(violations).toEqual([]);
  });
});
