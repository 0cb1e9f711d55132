import { problemColumn, type ImportProblem } from '../../../application/import';
import { strings } from '../../loc/strings';

const csvCell = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The problems as CSV (Row, Column, Severity, Problem), which opens in Excel beside the file. */
export function problemsCsv(problems: readonly ImportProblem[]): string {
  const c = strings.imports.cols;
  const rows = [[c.row, c.column, c.severity, c.problem], ...problems.map((p) => [String(p.row), problemColumn(p).replace(/\s+/g, ' '), p.severity === 'error' ? strings.imports.error : strings.imports.warning, p.message])];
  // A byte order mark so Excel reads the file as UTF-8 (quotes and dashes survive).
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The name of the problem list for a file: `eastmere-plan.xlsx` gives `eastmere-plan-problems.csv`. */
export function problemsFileName(fileName: string): string {
  return `${fileName.replace(/\.[^.]+$/, '')}-problems.csv`;
}

/** Saves text as a file through a temporary link (no server round trip; works in SharePoint and Teams on the web). */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
