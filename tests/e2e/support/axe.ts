import * as path from 'path';
import type { Page } from 'playwright-core';

/** The WCAG 2.2 AA rule set the product promises (A and AA of 2.0, 2.1 and 2.2). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** axe-core's browser build, injected into the page under test. */
const AXE_SCRIPT = path.resolve(__dirname, '../../../node_modules/axe-core/axe.min.js');

/**
 * Left out of every scan: Fluent UI v9's focus management (tabster) puts `<i aria-hidden tabindex=0
 * data-tabster-dummy>` guards around focus zones. They hand focus straight on and are a known
 * false positive of `aria-hidden-focus` (microsoft/tabster#288, Fluent v9 known issues).
 */
const EXCLUDED = [['[data-tabster-dummy]']];

/** One rule axe found broken, with the elements that break it. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/**
 * Runs axe-core over the whole page with the WCAG 2.2 AA tags. The page's context must bypass
 * CSP (`bypassCSP: true`): the local pages allow no inline script, which is how addScriptTag
 * injects axe.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.addScriptTag({ path: AXE_SCRIPT });
  return page.evaluate(
    async ({ tags, exclude }) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
      const result = await axe.run({ include: [['body']], exclude }, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary }))
      }));
    },
    { tags: [...WCAG_TAGS], exclude: EXCLUDED }
  );
}

/** Violations in words for a failure message: rule id, impact, help, and each offending element. */
export function describeViolations(where: string, violations: readonly AxeViolation[]): string {
  if (!violations.length) return `${where}: no violations`;
  const lines = [`${where}: ${violations.length} axe rule(s) broken`];
  for (const v of violations) {
    lines.push(`- ${v.id} (${v.impact ?? 'unknown impact'}): ${v.help} <${v.helpUrl}>`);
    for (const node of v.nodes.slice(0, 8)) {
      const why = (node.failureSummary ?? '').split('\n').map((l) => l.trim()).filter(Boolean).slice(1, 3).join(' / ');
      lines.push(`    at ${node.target.join(' ')}${why ? ` -- ${why}` : ''}`);
    }
    if (v.nodes.length > 8) lines.push(`    … and ${v.nodes.length - 8} more`);
  }
  return lines.join('\n');
}

/**
 * Waits until the app has finished loading what it shows: no spinner, and no animation still
 * running (an opening drawer fades in, which would make colour contrast checks flaky).
 */
export async function waitForSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.fui-Spinner'), undefined, { timeout: 30000 });
  await page.waitForFunction(
    () => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
    undefined,
    { timeout: 10000 }
  );
}
