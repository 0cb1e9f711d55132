import type { ImportPlan } from './planImport';
import type { ImportProblem } from './readRows';

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.length ? lines : [''];
}

/** Where a problem is, as a person finds it: `'F  Target date'`. */
export function problemColumn(problem: ImportProblem): string {
  return problem.columnLetter !== undefined ? `${problem.columnLetter}  ${problem.column}` : problem.column;
}

/**
 * The problems as a plain-text table (Row, Column, Problem), errors and warnings marked, long
 * messages wrapped under their own column so the table stays readable in a terminal.
 */
export function formatProblemTable(problems: readonly ImportProblem[], messageWidth: number = 72): string {
  const head = ['Row', 'Column', 'Problem'];
  const rowWidth = Math.max(head[0].length, ...problems.map((p) => String(p.row).length));
  const columnWidth = Math.max(head[1].length, ...problems.map((p) => problemColumn(p).length));
  const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - s.length));
  const out = [`${pad(head[0], rowWidth)}  ${pad(head[1], columnWidth)}  ${head[2]}`, `${'-'.repeat(rowWidth)}  ${'-'.repeat(columnWidth)}  ${'-'.repeat(Math.min(messageWidth, 40))}`];
  for (const p of problems) {
    const [first, ...rest] = wrap(`${p.severity === 'error' ? 'Error' : 'Warning'}: ${p.message}`, messageWidth);
    out.push(`${pad(String(p.row), rowWidth)}  ${pad(problemColumn(p), columnWidth)}  ${first}`);
    for (const line of rest) out.push(`${' '.repeat(rowWidth)}  ${' '.repeat(columnWidth)}  ${line}`);
  }
  return out.join('\n');
}

/** The dry run's outcome in sentences, for the top of the report. */
export function describeImportPlan(plan: ImportPlan): string[] {
  const s = plan.summary;
  const plural = (n: number, one: string, many: string = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
  const lines = [
    `${plan.fileName}: ${plural(s.rowsRead, 'row')} read.`,
    `The import would create ${plural(s.actionsToCreate, 'action')}, update ${plural(s.actionsToUpdate, 'action')} and leave ${plural(s.actionsUnchanged, 'action')} unchanged; ` +
      `create ${plural(s.themesToCreate, 'theme')} and ${plural(s.workstreamsToCreate, 'workstream')}, rename ${plural(s.workstreamsToRename, 'workstream')}.`
  ];
  const themes = plan.operations.flatMap((o) => (o.kind === 'createTheme' ? [`${o.theme.code} ${o.theme.name}`] : []));
  const workstreams = plan.operations.flatMap((o) => (o.kind === 'createWorkstream' ? [`${o.workstream.code} ${o.workstream.name}`] : []));
  if (themes.length > 0) lines.push(`Themes to create: ${themes.join('; ')}.`);
  if (workstreams.length > 0) lines.push(`Workstreams and programmes to create: ${workstreams.join('; ')}.`);
  if (s.headingRowsSkipped > 0) lines.push(`${plural(s.headingRowsSkipped, 'heading row')} naming only a theme ${s.headingRowsSkipped === 1 ? 'is' : 'are'} skipped.`);
  lines.push(
    plan.canImport
      ? s.warnings > 0
        ? `No errors. ${plural(s.warnings, 'warning')} to read before importing.`
        : 'No problems found: the file is ready to import.'
      : `${plural(s.errors, 'error')} and ${plural(s.warnings, 'warning')}. Nothing can be imported until the errors are fixed in the file.`
  );
  return lines;
}

/** The whole dry-run report: the summary, then the problems table when there are any. */
export function formatDryRunReport(plan: ImportPlan): string {
  const summary = describeImportPlan(plan).join('\n');
  return plan.problems.length ? `${summary}\n\n${formatProblemTable(plan.problems)}` : summary;
}
