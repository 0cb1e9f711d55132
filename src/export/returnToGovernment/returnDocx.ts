import { ACTION_STATUS_LABELS, describeCounts, RECOMMENDATION_SOURCE_LABELS, type RecommendationProgress } from '../../domain';
import { bullet, heading, labelled, loadDocx, packPaper, paperDocument, para, PaperTables, type Block, type Docx } from '../paper/paperFurniture';
import { exceptionRows, EXCEPTION_HEADINGS, EXCEPTION_WIDTHS } from '../paper/paperRows';
import { formatUkDate, RATING_LABELS } from '../themeSummary/words';
import type { ReturnTheme, ReturnToGovernment } from './returnReport';

function introduction(d: Docx, r: ReturnToGovernment): Block[] {
  const unanswered = r.recommendations.filter((x) => !x.answered).length;
  const blocks: Block[] = [
    heading(d, 'Introduction', 1),
    para(d, `This return reports ${r.council.trim() ? `${r.council}’s` : 'the council’s'} progress on its Improvement Plan for ${r.period.label} to the Ministry of Housing, Communities and Local Government and the improvement and assurance panel.`),
    labelled(d, 'Overall progress: ', `${r.totalActions} actions at the end of the period: ${describeCounts(r.counts)}.`),
    labelled(d, 'Recommendations and Directions: ', `${r.recommendations.length} in the register${unanswered ? `; ${unanswered} not yet answered by any action, flagged below` : ', each answered by at least one action'}.`)
  ];
  if (!r.previous) blocks.push(labelled(d, 'Since the last return: ', 'no period was closed before this one, so there is no earlier return to count slips from.'));
  else if (r.previous.slips.length === 0) blocks.push(labelled(d, `Since the last return (${r.previous.label}): `, 'no action slipped into Amber or Red.'));
  else {
    blocks.push(labelled(d, `Since the last return (${r.previous.label}): `, `${r.previous.slips.length} ${r.previous.slips.length === 1 ? 'action' : 'actions'} slipped into Amber or Red:`));
    blocks.push(...r.previous.slips.map((s) => bullet(d, `${s.code} ${s.title}: ${RATING_LABELS[s.from]} to ${RATING_LABELS[s.to]}`)));
  }
  return blocks;
}

function recommendationBlocks(d: Docx, tables: PaperTables, line: RecommendationProgress): Block[] {
  const rec = line.recommendation;
  const source = `${RECOMMENDATION_SOURCE_LABELS[rec.source]}${rec.statutory ? ', statutory' : ''}${rec.sourceDocument ? `: ${rec.sourceDocument}` : ''}`;
  const blocks: Block[] = [heading(d, `${rec.reference} (${source})`, 2), para(d, rec.text)];
  if (!line.answered) return [...blocks, labelled(d, 'No action answers this yet. ', 'The plan must add one; the programme office is asked to bring it to change control.')];
  blocks.push(labelled(d, `Rolled-up rating: ${RATING_LABELS[line.rollup.rating]}`, `. ${line.rollup.explanation}`));
  blocks.push(
    ...tables.table({
      caption: `Actions answering ${rec.reference}`,
      description: `Each action answering ${rec.reference}, with its status, rating and due date at the end of the period.`,
      headings: ['Reference', 'Action', 'Status', 'Rating', 'Due'],
      rows: line.actions.map((a) => [a.code, a.title, ACTION_STATUS_LABELS[a.status], RATING_LABELS[a.rating], a.dueDate ? formatUkDate(a.dueDate) : 'No date']),
      widths: [14, 44, 14, 12, 16]
    })
  );
  return blocks;
}

function themeBlocks(d: Docx, tables: PaperTables, t: ReturnTheme): Block[] {
  const s = t.summary;
  const name = s.themeName;
  const blocks: Block[] = [heading(d, `${s.themeCode} ${name}`, 1), heading(d, 'Progress summary', 2)];
  if (t.narrative) blocks.push(...t.narrative.split(/\n+/).map((p) => para(d, p)));
  blocks.push(labelled(d, `Rating: ${RATING_LABELS[s.rating]}`, `. ${s.ratingReason}`), para(d, `Lead director: ${s.leadDirector.displayName}.`));

  blocks.push(heading(d, 'Achievements this period', 2));
  if (s.achievements.length === 0) blocks.push(para(d, 'No achievements were reported, no action was completed and no milestone was met this period.'));
  for (const month of s.achievements) blocks.push(heading(d, month.label, 3), ...month.items.map((i) => bullet(d, i.actionCode ? `${i.actionCode}: ${i.text}` : i.text)));

  blocks.push(heading(d, 'Exceptions and recovery', 2));
  if (s.exceptions.length === 0) blocks.push(para(d, 'No action is rated Amber or Red.'));
  else
    blocks.push(
      ...tables.table({
        caption: `Exceptions and recovery in ${name}`,
        description: `Every ${name} action rated Amber or Red, Red first, with the reason, dates (baseline and any new date) and the recovery commentary.`,
        headings: EXCEPTION_HEADINGS,
        rows: exceptionRows(s.exceptions),
        widths: EXCEPTION_WIDTHS
      })
    );

  blocks.push(heading(d, 'Key risks', 2));
  if (t.risks.length === 0) blocks.push(para(d, 'No open risk in the register belongs to this theme.'));
  else
    blocks.push(
      ...tables.table({
        caption: `Key risks in ${name}`,
        description: `Open risks of ${name} from the risk register, highest residual score first, with the score, its trend and the owner.`,
        headings: ['Reference', 'Risk', 'Residual score', 'Trend', 'Owner'],
        rows: t.risks.map(({ risk, assessment }) => [risk.reference, risk.title, `${assessment.residual.rating} ${assessment.residual.value}`, assessment.trendText, risk.owner.displayName]),
        widths: [12, 34, 14, 22, 18]
      })
    );

  blocks.push(heading(d, 'Next steps', 2));
  if (t.nextSteps.length === 0) blocks.push(para(d, 'No next steps were reported this period.'));
  else blocks.push(...t.nextSteps.map((n) => bullet(d, `${n.actionCode}: ${n.text}`)));
  return blocks;
}

/**
 * The return to government as a .docx: a cover, an introduction on overall progress, every
 * recommendation and Direction with the actions answering it, then each theme; the same header,
 * "Page X of Y" footer and accessible structure as the Cabinet paper. docx loads only when this runs.
 */
export async function buildReturnDocx(r: ReturnToGovernment): Promise<Uint8Array> {
  const d = await loadDocx();
  const tables = new PaperTables(d);
  const body: Block[] = [
    ...introduction(d, r),
    heading(d, 'Recommendations and Directions', 1),
    para(d, 'Statutory recommendations and Directions come first. Each shows the actions answering it and their rating rolled up.'),
    ...(r.recommendations.length === 0 ? [para(d, 'The plan records no recommendations or Directions.')] : r.recommendations.flatMap((line) => recommendationBlocks(d, tables, line))),
    ...r.themes.flatMap((t) => themeBlocks(d, tables, t))
  ];
  const document = paperDocument(
    d,
    {
      title: r.title,
      council: r.council,
      periodLabel: r.period.label,
      description: `Return to government on the Improvement Plan for ${r.period.label}`,
      coverLines: [r.council, `Reporting period: ${r.period.label} (${formatUkDate(r.period.start)} to ${formatUkDate(r.period.end)}).`, `Date of this return: ${formatUkDate(r.preparedOn)}.`]
    },
    body
  );
  return packPaper(d, document, tables.descriptions);
}
