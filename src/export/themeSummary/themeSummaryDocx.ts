import type { Paragraph as ParagraphType, Table as TableType } from 'docx';
import { formatUkDate, MILESTONE_STATUS_WORDS, RATING_LABELS } from './words';
import type { ThemeSection, ThemeSummaryReport } from './themeSummaryReport';

type Docx = typeof import('docx');
type Block = ParagraphType | TableType;

function table(d: Docx, headings: readonly string[], rows: ReadonlyArray<readonly string[]>, widths: readonly number[]): TableType {
  const cell = (text: string, header: boolean, width: number): InstanceType<Docx['TableCell']> =>
    new d.TableCell({
      width: { size: width, type: d.WidthType.PERCENTAGE },
      children: text.split('\n').map((line) => new d.Paragraph({ children: [new d.TextRun({ text: line, bold: header })] }))
    });
  return new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    rows: [
      // A real header row: repeated on every page and announced as headers by screen readers.
      new d.TableRow({ tableHeader: true, cantSplit: true, children: headings.map((h, i) => cell(h, true, widths[i])) }),
      ...rows.map((r) => new d.TableRow({ cantSplit: true, children: r.map((text, i) => cell(text, false, widths[i])) }))
    ]
  });
}

function heading(d: Docx, text: string, level: 1 | 2 | 3): ParagraphType {
  const levels = { 1: d.HeadingLevel.HEADING_1, 2: d.HeadingLevel.HEADING_2, 3: d.HeadingLevel.HEADING_3 };
  return new d.Paragraph({ text, heading: levels[level], ...(level === 1 ? { pageBreakBefore: true } : {}) });
}

const para = (d: Docx, text: string): ParagraphType => new d.Paragraph({ text });

function themeBlocks(d: Docx, section: ThemeSection): Block[] {
  const s = section.summary;
  const blocks: Block[] = [
    heading(d, `${s.themeCode} ${s.themeName}`, 1),
    // The programme office's reported rating leads when it has given one; the calculated rating is always beside it.
    ...(section.reported
      ? [
          new d.Paragraph({
            children: [new d.TextRun({ text: `Reported rating: ${RATING_LABELS[section.reported.rating]}`, bold: true }), new d.TextRun({ text: section.reported.reason ? `. ${section.reported.reason}` : '.' })]
          })
        ]
      : []),
    new d.Paragraph({
      children: [new d.TextRun({ text: `${section.reported ? 'Calculated rating' : 'Theme rating'}: ${RATING_LABELS[s.rating]}`, bold: true }), new d.TextRun({ text: `. ${s.ratingReason}` })]
    }),
    para(d, `Lead director: ${s.leadDirector.displayName}.`)
  ];
  if (section.narrative) blocks.push(heading(d, 'Summary', 2), ...section.narrative.split(/\n+/).map((p) => para(d, p)));

  blocks.push(heading(d, 'Exceptions', 2));
  if (s.exceptions.length === 0) blocks.push(para(d, 'No action is rated Amber or Red.'));
  else {
    const rows = s.exceptions.map((e) => {
      const due = e.dueDate !== undefined ? formatUkDate(e.dueDate) : 'No date';
      const baseline = e.baselineDueDate !== undefined && e.baselineDueDate !== e.dueDate ? `\n(baseline ${formatUkDate(e.baselineDueDate)})` : '';
      const requested = e.requestedDueDate !== undefined ? `\nNew date ${formatUkDate(e.requestedDueDate)} awaiting change control (change ${e.requestedChangeReference})` : '';
      const next = e.nextSteps ? `\nNext steps: ${e.nextSteps}` : '';
      return [e.code, e.title, `${e.rating}: ${e.reason}`, `${due}${baseline}${requested}`, `${e.commentary}${next}`];
    });
    blocks.push(table(d, ['Reference', 'Action', 'Rating and reason', 'Due date', 'Commentary'], rows, [10, 22, 20, 14, 34]));
  }

  blocks.push(heading(d, 'Achievements this period', 2));
  if (s.achievements.length === 0) blocks.push(para(d, 'No achievements were reported this period.'));
  for (const month of s.achievements) {
    blocks.push(heading(d, month.label, 3), ...month.items.map((i) => new d.Paragraph({ text: `${i.actionCode}: ${i.text}`, bullet: { level: 0 } })));
  }

  blocks.push(heading(d, 'Key milestones', 2));
  if (s.nextMilestones.length === 0) blocks.push(para(d, 'No milestones are outstanding.'));
  else blocks.push(table(d, ['Milestone', 'Action', 'Due', 'Status'], s.nextMilestones.map((m) => [m.title, m.actionCode ?? '', formatUkDate(m.dueDate), MILESTONE_STATUS_WORDS[m.status]]), [46, 14, 20, 20]));

  blocks.push(heading(d, 'Approved changes', 2));
  if (section.approvedChanges.length === 0) blocks.push(para(d, 'No changes were approved this period.'));
  else {
    const rows = section.approvedChanges.map((c) => [String(c.reference), c.typeLabel, `${c.targetCode} ${c.targetTitle}`, c.summary, c.rationale]);
    blocks.push(table(d, ['Change', 'Type', 'Item', 'What changed', 'Rationale'], rows, [8, 16, 26, 25, 25]));
  }
  return blocks;
}

/**
 * The theme progress summary for Cabinet as a .docx: a title, then per theme a Heading 1, its
 * rating and reason, summary, exceptions with commentary, achievements by month, key milestones
 * and approved changes. Tables have real header rows and dates are British (`22 Nov 2026`), so
 * the document is accessible and converts cleanly to PDF. docx is loaded only when this runs.
 */
export async function buildThemeSummaryDocx(report: ThemeSummaryReport): Promise<Uint8Array> {
  const mod = await import(/* webpackChunkName: 'docx' */ 'docx');
  const d = ((mod as unknown as { default?: Docx }).default?.Document ? (mod as unknown as { default: Docx }).default : mod) as Docx;
  const p = report.period;
  const document = new d.Document({
    title: report.title,
    subject: `${report.council}: ${p.label}`,
    creator: 'Improvement Plan Tracker',
    description: `Theme progress summary for ${p.label}`,
    styles: { default: { document: { run: { font: 'Arial', size: 24, language: { value: 'en-GB' } } } } },
    sections: [
      {
        children: [
          new d.Paragraph({ text: report.title, heading: d.HeadingLevel.TITLE }),
          para(d, report.council),
          para(d, `Reporting period: ${p.label} (${formatUkDate(p.start)} to ${formatUkDate(p.end)}). Prepared on ${formatUkDate(report.preparedOn)}.`),
          para(d, `Themes: ${report.themes.map((t) => `${t.summary.themeName} (${RATING_LABELS[t.summary.rating]})`).join('; ')}.`),
          ...report.themes.flatMap((t) => themeBlocks(d, t))
        ]
      }
    ]
  });
  return new Uint8Array(await d.Packer.toArrayBuffer(document));
}
