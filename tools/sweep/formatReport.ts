import type { SweepReport } from '../../src/application/alerts';

const STATUS_WORDS: Record<string, string> = {
  sent: 'sent',
  postedFromApp: 'posted from app',
  wouldSend: 'would send',
  wouldRecord: 'would record',
  duplicate: 'already logged',
  failed: 'FAILED',
  unconfirmed: 'sent, unconfirmed',
  superseded: 'no longer holds',
  waiting: 'waiting',
  uncertain: 'UNCERTAIN'
};

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

/** The sweep's report as a plain-text table, one row per card, then totals and problems. */
export function formatSweepReport(report: SweepReport): string {
  const header = ['Status', 'Kind', 'Theme', 'About', 'Route', 'Detail'];
  const rows = report.rows.map((r) => [STATUS_WORDS[r.status] ?? r.status, r.kind, r.themeCode, r.subject, r.route ?? '', r.detail ?? '']);
  const widths = header.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const line = (cells: string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]))).join('  ').trimEnd();
  const lines = [`Sweep of ${report.today}${report.dryRun ? ' (dry run: nothing claimed, written or posted)' : ''}`];
  if (rows.length) lines.push('', line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line));
  else lines.push('', 'Nothing to send.');
  const wouldSend = report.rows.filter((r) => r.status === 'wouldSend').length;
  const uncertain = report.uncertain > 0 ? `, ${report.uncertain} uncertain (Teams may have posted them; see each row)` : '';
  lines.push('', report.dryRun ? `${wouldSend} card(s) would be sent.` : `${report.posted} card(s) posted, ${report.failed} failed (retried by the next sweep)${uncertain}.`);
  for (const p of report.problems) lines.push(`Problem: ${p}`);
  return lines.join('\n');
}
