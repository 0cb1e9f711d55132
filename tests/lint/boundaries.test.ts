import * as path from 'path';
import { ESLint } from 'eslint';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { layersOnlyConfig } = require('../../config/eslint-boundaries');

const root = path.resolve(__dirname, '../..');
const RULE = 'ipt/layer-imports';

/** ESLint with only the layer rule (as `npm run lint:layers` runs it), so it needs no type information. */
function layerLinter(): ESLint {
  // ESLint 8 runs these eslintrc-style options; the installed typings describe ESLint 9's flat config.
  const options = { cwd: root, useEslintrc: false, allowInlineConfig: false, baseConfig: layersOnlyConfig };
  return new ESLint(options as unknown as ESLint.Options);
}

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await layerLinter().lintText(source, { filePath: path.join(root, filePath) });
  const fatal = result.messages.filter((m) => m.fatal).map((m) => m.message);
  if (fatal.length) throw new Error(`Could not parse: ${fatal.join('; ')}`);
  return result.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

describe('layer boundaries', () => {
  it.each([
    // Packages a layer may not use.
    ['src/domain/rag/policy.ts', "import * as React from 'react';"],
    ['src/domain/rag/policy.ts', "import { Button } from '@fluentui/react-components';"],
    ['src/domain/rag/policy.ts', "import { spfi } from '@pnp/sp';"],
    ['src/domain/rag/policy.ts', "import { Version } from '@microsoft/sp-core-library';"],
    ['src/domain/rag/policy.ts', "import { readFileSync } from 'node:fs';"],
    ['src/domain/rag/policy.ts', "import * as v from 'valibot';"],
    ['src/application/updateAction.ts', "import { spfi } from '@pnp/sp';"],
    ['src/application/import/readThings.ts', "import ExcelJS from 'exceljs';"],
    ['src/ui/views/ThemeView.tsx', "import '@pnp/sp/items';"],
    ['src/ui/views/ThemeView.tsx', "import { Version } from '@microsoft/sp-core-library';"],
    ['src/export/monitoring/workbook.ts', "import * as React from 'react';"],
    ['src/files/readSpreadsheet.ts', "import { spfi } from '@pnp/sp';"],
    ['src/notifications/cards/slipCard.ts', "import { spfi } from '@pnp/sp';"],
    ['src/host/standalone/boot.ts', "import { spfi } from '@pnp/sp';"],
    ['src/webparts/improvementPlan/ImprovementPlanWebPart.ts', "import { PublicClientApplication } from '@azure/msal-browser';"],
    ['src/webparts/improvementPlan/ImprovementPlanWebPart.ts', "import { app } from '@microsoft/teams-js';"],
    ['src/host/spfx/services.ts', "import { PublicClientApplication } from '@azure/msal-browser';"],
    // Folders, however the path is written.
    ['src/domain/rag/policy.ts', "import { repo } from '../../data/actionsRepository';"],
    ['src/domain/rag/policy.ts', "import { View } from '../../ui/View';"],
    ['src/application/updateAction.ts', "import { repo } from '../data/actionsRepository';"],
    ['src/ui/views/ThemeView.tsx', "import { repo } from '../../data/actionsRepository';"],
    // A barrel: the folder itself, no file named.
    ['src/ui/views/ThemeView.tsx', "import { createPlanServices } from '../../data';"],
    ['src/data/repositories/planLoader.ts', "import { buildSlipCard } from '../../notifications';"],
    ['src/application/alerts/deliver.ts', "import { sendCard } from '..//../notifications/./senders';"],
    // Re-exports, dynamic imports and require.
    ['src/ui/index.ts', "export { createPlanServices } from '../data';"],
    ['src/ui/index.ts', "export * from '../host/standalone/config';"],
    ['src/ui/app/lazy.ts', "const sp = import('@pnp/sp');"],
    ['src/ui/app/lazy.ts', "const data = import('../../data/sp/createSp');"],
    ['src/domain/rag/policy.ts', "const fs = require('fs');"],
    ['src/application/alerts/deliver.ts', "const data = require('../../data');"],
    ['src/domain/rag/policy.ts', "type Sp = typeof import('@pnp/sp');"],
    // Production code never reaches into the tools or the tests, and tools never into tests.
    ['src/host/standalone/boot.ts', "import { startEmulator } from '../../../tools/emulator';"],
    ['src/ui/app/App.tsx', "import { samplePlan } from '../../../tests/ui/support/fixtures';"],
    ['tools/local/start.ts', "import { samplePlan } from '../../tests/ui/support/fixtures';"],
    // The SPFx host and the web part never take the standalone host (it carries MSAL).
    ['src/host/spfx/spfxHost.ts', "import { standaloneConfig } from '../standalone/config';"],
    ['src/webparts/improvementPlan/ImprovementPlanWebPart.ts', "import { boot } from '../../host/standalone/main';"],
    // Nothing outside the repository.
    ['src/domain/rag/policy.ts', "import { x } from '../../../../shared/x';"]
  ])('%s may not: %s', async (file, source) => {
    expect(await importErrors(file, source)).not.toHaveLength(0);
  });

  it.each([
    ['src/domain/rag/policy.ts', "import { addDays } from 'date-fns';\nimport { ratingOrder } from '../model/ratings';\nimport { tz } from '@date-fns/tz';"],
    ['src/data/actionsRepository.ts', "import { spfi } from '@pnp/sp';\nimport { rateAction } from '../domain';\nimport type { PlanRepository } from '../application';"],
    ['src/ui/views/ThemeView.tsx', "import { Button } from '@fluentui/react-components';\nimport { rateAction } from '../../domain';"],
    ['src/ui/app/App.tsx', "const files = import('../../export/reportFiles');\nimport { readSpreadsheet } from '../../files';"],
    ['src/files/readSpreadsheet.ts', "const ExcelJS = import('exceljs');\nimport { suggestMapping } from '../application/import/mapping';"],
    ['src/host/standalone/boot.ts', "import { PublicClientApplication } from '@azure/msal-browser';\nimport { createSp } from '../../data/sp/createSp';"],
    ['src/webparts/improvementPlan/ImprovementPlanWebPart.ts', "import { SpfxHost } from '../../host/spfx/spfxHost';\nimport { createSp } from '../../data/sp/createSp';"],
    ['tools/cli/import.ts', "import { readSpreadsheet } from '../../src/files';"],
    ['tests/data/x.test.ts', "import { startEmulator } from '../../tools/emulator';\nconst fixtures = require('../fixtures/x');"]
  ])('%s may: %s', async (file, source) => {
    expect(await importErrors(file, source)).toEqual([]);
  });

  it('names the folder an import really lands in and the reason', async () => {
    const [message] = await importErrors('src/ui/views/ThemeView.tsx', "import { createPlanServices } from '../../data';");
    expect(message).toBe(
      '../../data resolves to src/data, which src/ui may not import. src/ui renders through application services: no PnPjs, no SPFx or Teams context, no MSAL; report files come from src/export and src/files.'
    );
  });

  it('holds for every file in src/, tools/, tests/, bench/ and functions/', async () => {
    const results = await layerLinter().lintFiles(['src/**/*.{ts,tsx}', 'tools/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}', 'bench/**/*.ts', 'functions/*/src/**/*.ts']);
    expect(results.length).toBeGreaterThan(400);
    const violations = results.flatMap((r) => r.messages.map((m) => `${path.relative(root, r.filePath)}:${m.line} ${m.message}`));
    expect(violations).toEqual([]);
  });
});
