import type { Paragraph as ParagraphType, Table as TableType } from 'docx';
import {
  CASE_YEARS,
  FINANCE_LINE_LABELS,
  financeTotals,
  formatPounds,
  IMPACT_LABELS,
  IMPACT_PRINCIPLES,
  type BusinessCaseContent,
  type BusinessCaseRecord,
  type IsoDate,
  type Plan
} from '../../domain';
import { formatUkDate } from '../themeSummary/words';

type Docx = typeof import('docx');
type Block = ParagraphType | TableType;

/** One action's case as the document needs it: the case record and the action it belongs to. */
export interface BusinessCaseForDocument {
  readonly actionCode: string;
  readonly actionTitle: string;
  readonly themeName: string;
  readonly lead?: string;
  readonly record: BusinessCaseRecord;
}

/** The plan's cases as the document lists them: each record with its action and theme, in the records' order; a case whose action has gone is left out. */
export function businessCasesOfPlan(plan: Pick<Plan, 'actions' | 'themes'>, records: readonly BusinessCaseRecord[]): BusinessCaseForDocument[] {
  const byId = new Map(plan.actions.map((a) => [a.id, a]));
  return records.flatMap((record) => {
    const action = byId.get(record.actionId);
    if (!action) return [];
    const theme = plan.themes.find((t) => t.code === action.themeCode);
    return [{ actionCode: action.code, actionTitle: action.title, themeName: theme?.name ?? action.themeCode, ...(action.lead ? { lead: action.lead.displayName } : {}), record }];
  });
}

/** What {@link buildBusinessCasesDocx} takes: the plan's cases and the document's framing. */
export interface BusinessCasesDocument {
  /** E.g. "Business cases: Northmoor Improvement Plan". */
  readonly title: string;
  readonly council: string;
  readonly preparedOn: IsoDate;
  /** Every case of the plan (in plan order); drafts and returned cases are left out. */
  readonly cases: readonly BusinessCaseForDocument[];
}

/** One case as it appears: the version in force or awaiting a decision, with its standing in words. */
export interface DocumentEntry {
  readonly source: BusinessCaseForDocument;
  readonly content: BusinessCaseContent;
  readonly standing: string;
}

const day = (at: Date): string => formatUkDate(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(at) as IsoDate);

/**
 * The entries the document shows: each approved case as approved, and each case submitted and
 * awaiting a decision (both, when a newer version of an approved case is awaiting one).
 */
export function documentEntries(cases: readonly BusinessCaseForDocument[]): DocumentEntry[] {
  const out: DocumentEntry[] = [];
  for (const source of cases) {
    const r = source.record;
    if (r.approved) out.push({ source, content: r.approved.approvedContent, standing: `Approved by ${r.approved.by.displayName} on ${day(r.approved.decidedAt)}` });
    if (r.status === 'Submitted' && r.latest) {
      out.push({ source, content: r.latest.content, standing: `Submitted by ${r.latest.author.displayName} on ${day(r.latest.savedAt)}, awaiting a decision${r.approved ? ' (a newer version of the approved case)' : ''}` });
    }
  }
  return out;
}

function table(d: Docx, headings: readonly string[], rows: ReadonlyArray<readonly string[]>, widths: readonly number[], numeric = false): TableType {
  const cell = (text: string, header: boolean, width: number, index: number): InstanceType<Docx['TableCell']> =>
    new d.TableCell({
      width: { size: width, type: d.WidthType.PERCENTAGE },
      children: [new d.Paragraph({ alignment: numeric && index > 0 ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT, children: [new d.TextRun({ text, bold: header })] })]
    });
  return new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    rows: [
      // A real header row: repeated on every page and announced as headers by screen readers.
      new d.TableRow({ tableHeader: true, cantSplit: true, children: headings.map((h, i) => cell(h, true, widths[i], i)) }),
      ...rows.map((r) => new d.TableRow({ cantSplit: true, children: r.map((text, i) => cell(text, false, widths[i], i)) }))
    ]
  });
}

function heading(d: Docx, text: string, level: 1 | 2 | 3): ParagraphType {
  const levels = { 1: d.HeadingLevel.HEADING_1, 2: d.HeadingLevel.HEADING_2, 3: d.HeadingLevel.HEADING_3 };
  return new d.Paragraph({ text, heading: levels[level], ...(level === 1 ? { pageBreakBefore: true } : {}) });
}

/** Text from the case, paragraph by paragraph; "Not written." when empty. */
const prose = (d: Docx, text: string): ParagraphType[] => (text.trim() ? text.split(/\n+/).map((t) => new d.Paragraph({ text: t })) : [new d.Paragraph({ text: 'Not written.' })]);

/** The financial overview's rows, totals calculated, never taken from anywhere typed. */
export function financeRows(content: BusinessCaseContent): string[][] {
  const t = financeTotals(content.finance);
  const line = (label: string, values: readonly number[], total: number): string[] => [label, ...values.map(formatPounds), formatPounds(total)];
  return [
    line(FINANCE_LINE_LABELS.capital, CASE_YEARS.map((y) => content.finance.capital[y]), t.byLine.capital),
    line(FINANCE_LINE_LABELS.revenue, CASE_YEARS.map((y) => content.finance.revenue[y]), t.byLine.revenue),
    line('Total investment', CASE_YEARS.map((y) => t.investmentByYear[y]), t.investment),
    line(FINANCE_LINE_LABELS.benefits, CASE_YEARS.map((y) => content.finance.benefits[y]), t.byLine.benefits),
    line('Benefits less investment', CASE_YEARS.map((y) => content.finance.benefits[y] - t.investmentByYear[y]), t.net)
  ];
}

/** Headings of the financial overview table. */
export const FINANCE_HEADINGS: readonly string[] = ['Item', ...CASE_YEARS, 'Total'];

function caseBlocks(d: Docx, entry: DocumentEntry): Block[] {
  const { source, content } = entry;
  const blocks: Block[] = [
    heading(d, `${source.actionCode} ${source.actionTitle}`, 1),
    new d.Paragraph({ children: [new d.TextRun({ text: 'Status: ', bold: true }), new d.TextRun({ text: `${entry.standing}.` })] }),
    new d.Paragraph({ text: `Theme: ${source.themeName}.${source.lead ? ` Lead: ${source.lead}.` : ''}` }),
    heading(d, '1. Summary of the action', 2),
    ...prose(d, content.summary),
    heading(d, '2. Impact sought', 2)
  ];
  for (const p of IMPACT_PRINCIPLES) blocks.push(heading(d, IMPACT_LABELS[p].name, 3), ...prose(d, content.impact[p]));
  blocks.push(heading(d, '3. Options considered', 2));
  if (content.options.length === 0) blocks.push(new d.Paragraph({ text: 'No options listed.' }));
  else blocks.push(table(d, ['Option', 'Assessment', 'Preferred'], content.options.map((o) => [o.title, o.assessment, o.preferred ? 'Yes' : 'No']), [30, 55, 15]));
  blocks.push(heading(d, '4. Key risks', 2), ...prose(d, content.risks));
  blocks.push(heading(d, '5. Dependencies, impacts and outcomes', 2));
  blocks.push(heading(d, 'Key dependencies', 3), ...prose(d, content.dependencies));
  blocks.push(heading(d, 'Key impacts', 3), ...prose(d, content.impacts));
  blocks.push(heading(d, 'Key outcomes', 3), ...prose(d, content.outcomes));
  blocks.push(heading(d, 'Performance indicators', 3));
  if (content.indicators.length === 0) blocks.push(new d.Paragraph({ text: 'No indicators listed.' }));
  else blocks.push(table(d, ['Measure', 'Target'], content.indicators.map((k) => [k.measure, k.target]), [60, 40]));
  blocks.push(heading(d, '6. Resources required', 2), ...prose(d, content.resources));
  blocks.push(heading(d, '7. Activity and timescales', 2), ...prose(d, content.activity));
  blocks.push(heading(d, '8. Financial overview', 2), new d.Paragraph({ text: 'In pounds by financial year; totals are calculated from the figures.' }));
  blocks.push(table(d, FINANCE_HEADINGS, financeRows(content), [25, 12.5, 12.5, 12.5, 12.5, 12.5, 12.5], true));
  return blocks;
}

/**
 * The plan's business cases as a .docx: a title and a summary table of every case with its
 * investment and benefits, then each approved or submitted case on its own pages with every
 * section of the template and its financial overview (totals calculated). Headings are real
 * headings and tables have header rows. docx is loaded only when this runs.
 */
export async function buildBusinessCasesDocx(doc: BusinessCasesDocument): Promise<Uint8Array> {
  const mod = await import(/* webpackChunkName: 'docx' */ 'docx');
  const d = ((mod as unknown as { default?: Docx }).default?.Document ? (mod as unknown as { default: Docx }).default : mod) as Docx;
  const entries = documentEntries(doc.cases);
  const summaryRows = entries.map((e) => {
    const t = financeTotals(e.content.finance);
    return [`${e.source.actionCode} ${e.source.actionTitle}`, e.standing, formatPounds(t.investment), formatPounds(t.benefits)];
  });
  const document = new d.Document({
    title: doc.title,
    subject: doc.council,
    creator: 'Improvement Plan Tracker',
    description: 'Business cases of the improvement plan',
    styles: { default: { document: { run: { font: 'Arial', size: 24, language: { value: 'en-GB' } } } } },
    sections: [
      {
        children: [
          new d.Paragraph({ text: doc.title, heading: d.HeadingLevel.TITLE }),
          new d.Paragraph({ text: doc.council }),
          new d.Paragraph({ text: `Prepared on ${formatUkDate(doc.preparedOn)}. Approved cases are shown as approved; cases awaiting a decision are marked so. Drafts and returned cases are not included.` }),
          ...(entries.length
            ? [table(d, ['Action', 'Status', 'Investment', 'Expected benefits'], summaryRows, [34, 36, 15, 15])]
            : [new d.Paragraph({ text: 'No business case has been approved or submitted yet.' })]),
          ...entries.flatMap((e) => caseBlocks(d, e))
        ]
      }
    ]
  });
  return new Uint8Array(await d.Packer.toArrayBuffer(document));
}
