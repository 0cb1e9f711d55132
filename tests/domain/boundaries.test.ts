import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { ESLint } from 'eslint';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { layersOnlyConfig } = require('../../config/eslint-boundaries');

const root = path.resolve(__dirname, '../..');
const domainRoot = path.join(root, 'src/domain');
const ALLOWED_PACKAGES = ['date-fns', '@date-fns/tz'];

function domainFiles(dir: string = domainRoot): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return domainFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every module specifier a file imports, exports from, requires or imports dynamically. */
function importsOf(file: string): string[] {
  return ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);
}

function isAllowed(file: string, specifier: string): boolean {
  if (specifier.startsWith('.')) {
    const target = path.resolve(path.dirname(file), specifier);
    return target === domainRoot || target.startsWith(domainRoot + path.sep);
  }
  return ALLOWED_PACKAGES.some((p) => specifier === p || specifier.startsWith(`${p}/`));
}

describe('src/domain imports nothing from outside itself', () => {
  it('has files to check', () => {
    expect(domainFiles().length).toBeGreaterThan(20);
  });

  it('imports only its own files, date-fns and @date-fns/tz', () => {
    const outside = domainFiles().flatMap((file) =>
      importsOf(file)
        .filter((specifier) => !isAllowed(file, specifier))
        .map((specifier) => `${path.relative(root, file)} imports ${specifier}`)
    );
    expect(outside).toEqual([]);
  });

  it.each([
    ['react', false],
    ['valibot', false],
    ['../../data/repo', false],
    ['./ratings', true],
    ['../model/action', true],
    ['date-fns', true],
    ['@date-fns/tz', true]
  ])('the allowlist judges %p as allowed: %p', (specifier, allowed) => {
    expect(isAllowed(path.join(domainRoot, 'rag/policy.ts'), specifier)).toBe(allowed);
  });

  it('passes the project layer lint', async () => {
    const linter = new ESLint({
      cwd: root,
      useEslintrc: false,
      allowInlineConfig: false,
      baseConfig: layersOnlyConfig
    } as unknown as ESLint.Options);
    const results = await linter.lintFiles(['src/domain/**/*.ts']);
    const violations = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'ipt/layer-imports').map((m) => `${r.filePath}:${m.line} ${m.message}`));
    expect(results.length).toBeGreaterThan(20);
    expect(violations).toEqual([]);
  });
});
