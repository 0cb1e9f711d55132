import type { Paragraph as ParagraphType } from 'docx';
import { bullet, heading, labelled, loadDocx, packPaper, paperDocument, para, PaperTables, type Block, type Docx } from '../paper/paperFurniture';
import { exceptionRows, EXCEPTION_HEADINGS, EXCEPTION_WIDTHS, milestoneRows, MILESTONE_HEADINGS, MILESTONE_WIDTHS } from '../paper/paperRows';
import { formatUkDate, RATING_LABELS } from './words';
import type { ThemeSection, ThemeSummaryReport } from './themeSummaryReport';

function ratingLines(d: Docx, section: ThemeSection): ParagraphType[] {
  const s = section.summary;
  return [
    // The programme office's reported rating leads when it has given one; the calculated rating is always beside it.
    ...(section.reported ? [labelled(d, `Reported rating: ${RATING_LABELS[section.reported.rating]}`, section.reported.reason ? `. ${section.reported.reason}` : '.')] : []),
    labelled(d, `${section.reported ? 'Calculated rating' : 'Theme rating'}: ${RATING_LABELS[s.rating]}`, `. ${s.ratingReason}`),
    para(d, `Lead director: ${s.leadDirector.displayName}.`)
  ];
}

function themeBlocks(d: Docx, tables: PaperTables, section: ThemeSection): Block[] {
  const s = section.summary;
  const name = s.themeName;
  const blocks: Block[] = [heading(d, `${s.themeCode} ${name}`, 1), ...ratingLines(d, section)];
  if (section.narrative) blocks.push(heading(d, 'Summary', 2), ...section.narrative.split(/\n+/).map((p) => para(d, p)));

  blocks.push(heading(d, 'Exceptions', 2));
  if (s.exceptions.length === 0) blocks.push(para(d, 'No action is rated Amber or Red.'));
  else
    blocks.push(
      ...tables.table({
        caption: `Exceptions in ${name}`,
        description: `Every ${name} action rated Amber or Red, Red first: its rating and reason, due date, and the lead’s commentary on recovery.`,
        headings: EXCEPTION_HEADINGS,
        rows: exceptionRows(s.exceptions),
        widths: EXCEPTION_WIDTHS
      })
    );

  blocks.push(heading(d, 'Achievements this period', 2));
  if (s.achievements.length === 0) blocks.push(para(d, 'No achievements were reported, no action was completed and no milestone was met this period.'));
  for (const month of s.achievements) blocks.push(heading(d, month.label, 3), ...month.items.map((i) => bullet(d, i.actionCode ? `${i.actionCode}: ${i.text}` : i.text)));

  blocks.push(heading(d, 'Key milestones', 2));
  if (s.keyMilestones.length === 0) blocks.push(para(d, 'No milestones were met this period and none are outstanding.'));
  else
    blocks.push(
      ...tables.table({
        caption: `Key milestones in ${name}`,
        description: `Milestones of ${name} met this period and the next ones due, with whether each was met, missed or is still due.`,
        headings: MILESTONE_HEADINGS,
        rows: milestoneRows(s.keyMilestones),
        widths: MILESTONE_WIDTHS
      })
    );

  blocks.push(heading(d, 'Approved changes', 2));
  if (section.approvedChanges.length === 0) blocks.push(para(d, 'No changes were approved this period.'));
  else
    blocks.push(
      ...tables.table({
        caption: `Changes approved in ${name}`,
        description: `Changes to ${name} approved at change control this period: reference, type, item, what changed and why.`,
        headings: ['Change', 'Type', 'Item', 'What changed', 'Rationale'],
        rows: section.approvedChanges.map((c) => [String(c.reference), c.typeLabel, `${c.targetCode} ${c.targetTitle}`, c.summary, c.rationale]),
        widths: [10, 16, 26, 24, 24]
      })
    );
  return blocks;
}

/**
 * The theme progress summary for Cabinet as a .docx: a cover, then per theme a Heading 1, its
 * rating and reason, summary, exceptions with recovery commentary, achievements by month, key
 * milestones and approved changes; the council and period in the header and "Page X of Y" in the
 * footer. docx is loaded only when this runs.
 */
export async function buildThemeSummaryDocx(report: ThemeSummaryReport): Promise<Uint8Array> {
  const d = await loadDocx();
  const p = report.period;
  const tables = new PaperTables(d);
  const body = report.themes.flatMap((t) => themeBlocks(d, tables, t));
  const document = paperDocument(
    d,
    {
      title: report.title,
      council: report.council,
      periodLabel: p.label,
      description: `Theme progress summary for ${p.label}`,
      coverLines: [
        report.council,
        `Reporting period: ${p.label} (${formatUkDate(p.start)} to ${formatUkDate(p.end)}). Prepared on ${formatUkDate(report.preparedOn)}.`,
        `Themes: ${report.themes.map((t) => `${t.summary.themeName} (${RATING_LABELS[t.summary.rating]})`).join('; ')}.`
      ]
    },
    body
  );
  return packPaper(d, document, tables.descriptions);
}
