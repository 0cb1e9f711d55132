/**
 * Browser side of the theme-render benchmark (bundled by ../themeRender.ts). `?variant=theme`
 * renders the real ThemeView inside AppFrame; `?variant=table` renders a plain HTML table of the
 * same rows with React and no Fluent UI. `window.runBench()` renders once and resolves with the
 * milliseconds from just before rendering to the first frame after it (layout included).
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { AppFrame } from '../../src/ui/app/AppFrame';
import { fluentThemeFor } from '../../src/ui/theme/teamsTheme';
import { ThemeView } from '../../src/ui/views/theme/ThemeView';
import { buildPlanView } from '../../src/ui/hooks/usePlanData';
import { dueText, personText, statusText } from '../../src/ui/components/format';
import { makeAction, NOW, samplePlan, staff } from '../../tests/ui/support/fixtures';
import type { Plan } from '../../src/domain';

declare global {
  interface Window {
    runBench(): Promise<{ ms: number; rowsInDom: number }>;
  }
}

const params = new URLSearchParams(window.location.search);
const ROWS = Number(params.get('rows') ?? 2000);
const STATUSES = ['InProgress', 'InProgress', 'NotStarted', 'Complete', 'OnHold'] as const;

/** A plan whose theme BG holds `ROWS` actions over four workstreams, ratings mixed. */
function benchPlan(): Plan {
  const base = samplePlan();
  const actions = Array.from({ length: ROWS }, (_, i) =>
    makeAction(`bg${i + 1}`, `BG.${'ABCD'[i % 4]}${Math.floor(i / 4) + 1}`, `Benchmark action ${i + 1}: deliver the agreed improvement`, {
      workstreamCode: `BG.${'ABCD'[i % 4]}`,
      status: STATUSES[i % STATUSES.length],
      currentDueDate: i % 7 === 0 ? '2026-10-01' : '2027-03-31',
      progressPercent: (i * 13) % 100
    })
  );
  return {
    ...base,
    themes: [...base.themes, { id: 't9', code: 'BG', name: 'Benchmark theme', leadDirector: base.themes[0].leadDirector, order: 9 }],
    workstreams: [...base.workstreams, ...['A', 'B', 'C', 'D'].map((w, i) => ({ id: `w9${w}`, code: `BG.${w}`, themeCode: 'BG', name: `Workstream ${w}`, order: i + 1 }))],
    actions: [...base.actions, ...actions]
  };
}

// The plan and its ratings are ready before timing starts: loading is measured by planLoad.
const plan = benchPlan();
const view = buildPlanView({ plan, actionVersions: {}, storedRatings: {}, loadedAt: NOW, requestCount: 0 }, staff, NOW);
const rows = plan.actions.filter((a) => a.themeCode === 'BG');

function PlainTable(): React.ReactElement {
  return (
    <table>
      <caption>Actions in BG Benchmark theme</caption>
      <thead>
        <tr>
          {['Reference', 'Action', 'Lead', 'Due', 'Status', 'Rating'].map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <tr key={a.id}>
            <td>{a.code}</td>
            <td>
              <button type="button">{a.title}</button>
            </td>
            <td>{personText(a.lead)}</td>
            <td>{dueText(a)}</td>
            <td>{statusText(a.status)}</td>
            <td>{view.ratings.get(a.id)?.rating}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

window.runBench = async () => {
  const root = document.getElementById('root') as HTMLElement;
  const noop = (): void => undefined;
  const started = performance.now();
  if (params.get('variant') === 'table') ReactDom.render(<PlainTable />, root);
  else
    ReactDom.render(
      <AppFrame theme={fluentThemeFor('default')} idPrefix="bench-">
        <ThemeView view={view} themeCode="BG" narrow={false} onOpenAction={noop} onBack={noop} />
      </AppFrame>,
      root
    );
  // The next frame, then the effects React runs after it (the grid measures its viewport).
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  void document.body.offsetHeight;
  return { ms: performance.now() - started, rowsInDom: root.querySelectorAll('tr, [role="row"]').length - 1 };
};
