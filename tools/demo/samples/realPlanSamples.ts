/**
 * Writes the adopted-plan samples: the programme plan as CSV and as the Word document Cabinet
 * adopted (programme headings, a description table, then an action table whose "Actions"
 * heading spans the reference and the action; one action's items lettered by Word's own list
 * numbering), and the leaf-coded workstream plan as CSV.
 */
import * as d from 'docx';
import Papa from 'papaparse';
import { KEY_AIMS, PROGRAMMES, type ProgrammeAction } from './programmePlan';
import { WORKSTREAM_PLAN_HEADERS, WORKSTREAM_PLAN_ROWS } from './workstreamPlan';

const PLAN_TITLE = 'Northmoor Borough Council Improvement Plan 2026 to 2029';
const ACTION_HEADERS = ['Ref', 'Action', 'Lead member/officer', 'Start date', 'End date'];

/** The action's cells as the plan writes them: items as lettered lines, one lead and date line per item. */
function actionCells(action: ProgrammeAction): [string, string, string, string, string] {
  const items = action.items ?? [];
  if (items.length === 0) return [action.code, action.text, action.lead, action.start ?? '', action.end ?? ''];
  const lettered = items.map((item, i) => `(${String.fromCharCode(97 + i)}) ${item.text}`);
  const ownLeads = items.some((item) => item.lead !== undefined);
  return [
    action.code,
    [action.text, ...lettered].join('\n'),
    ownLeads ? items.map((item) => item.lead ?? action.lead).join('\n') : action.lead,
    items.map((item) => item.start).join('\n'),
    items.map((item) => item.end).join('\n')
  ];
}

/** The programme plan as CSV: a title, the headings, then each programme's own row and its actions. */
export function programmePlanCsv(): Uint8Array {
  const records: string[][] = [[PLAN_TITLE], [], ACTION_HEADERS];
  for (const programme of PROGRAMMES) {
    records.push([String(programme.number), programme.name, '', '', '']);
    for (const action of programme.actions) records.push(actionCells(action));
  }
  return new TextEncoder().encode(Papa.unparse(records, { newline: '\r\n' }));
}

function cell(text: string, options: { bold?: boolean; span?: number } = {}): d.TableCell {
  return new d.TableCell({
    ...(options.span !== undefined ? { columnSpan: options.span } : {}),
    children: (text === '' ? [''] : text.split('\n')).map((line) => new d.Paragraph({ children: [new d.TextRun({ text: line, bold: options.bold === true })] }))
  });
}

/** The reference of the list style Word letters "(a)", "(b)"... itself. */
const LETTERED_LIST = 'lettered-items';

/** The action's words, then its items as a list Word letters itself, each action starting again at (a). */
function wordLetteredCell(action: ProgrammeAction, instance: number): d.TableCell {
  return new d.TableCell({
    children: [new d.Paragraph(action.text), ...(action.items ?? []).map((item) => new d.Paragraph({ text: item.text, numbering: { reference: LETTERED_LIST, level: 0, instance } }))]
  });
}

/** Rows for one action: on one row, or (as some plans lay them out) the action then a row per item. */
function actionRows(action: ProgrammeAction, index: number): d.TableRow[] {
  if (action.itemsLetteredByWord === true) {
    const cells = actionCells(action).map((text) => cell(text));
    cells[1] = wordLetteredCell(action, index);
    return [new d.TableRow({ children: cells })];
  }
  if (action.itemsOnOwnRows !== true || action.items === undefined) return [new d.TableRow({ children: actionCells(action).map((text) => cell(text)) })];
  const first = new d.TableRow({ children: [action.code, action.text, action.lead, '', ''].map((text) => cell(text)) });
  const items = action.items.map(
    (item, i) => new d.TableRow({ children: ['', `(${String.fromCharCode(97 + i)}) ${item.text}`, item.lead ?? '', item.start, item.end].map((text) => cell(text)) })
  );
  return [first, ...items];
}

function actionTable(actions: readonly ProgrammeAction[]): d.Table {
  const header = new d.TableRow({
    tableHeader: true,
    children: [cell('Actions', { bold: true, span: 2 }), ...ACTION_HEADERS.slice(2).map((h) => cell(h, { bold: true }))]
  });
  return new d.Table({ width: { size: 100, type: d.WidthType.PERCENTAGE }, rows: [header, ...actions.flatMap((a, i) => actionRows(a, i + 1))] });
}

/** The programme plan as adopted: key aims, then per programme a heading, its description and its action table. */
export async function programmePlanDocx(): Promise<Uint8Array> {
  const blocks: Array<d.Paragraph | d.Table> = [new d.Paragraph({ text: PLAN_TITLE, heading: d.HeadingLevel.TITLE })];
  for (const programme of PROGRAMMES) {
    if (PROGRAMMES.find((p) => p.aim === programme.aim) === programme) blocks.push(new d.Paragraph({ text: KEY_AIMS[programme.aim - 1] }));
    blocks.push(new d.Paragraph({ text: `${programme.number}. ${programme.name}`, heading: d.HeadingLevel.HEADING_2 }));
    blocks.push(new d.Table({ width: { size: 100, type: d.WidthType.PERCENTAGE }, rows: [new d.TableRow({ children: [cell('Programme description', { bold: true }), cell(programme.description)] })] }));
    blocks.push(new d.Paragraph({ text: 'Action plan' }));
    blocks.push(actionTable(programme.actions));
  }
  const document = new d.Document({
    title: PLAN_TITLE,
    creator: 'Northmoor Improvement Programme Office',
    styles: { default: { document: { run: { font: 'Arial', size: 22, language: { value: 'en-GB' } } } } },
    numbering: { config: [{ reference: LETTERED_LIST, levels: [{ level: 0, format: d.LevelFormat.LOWER_LETTER, text: '(%1)', alignment: d.AlignmentType.START }] }] },
    sections: [{ children: blocks }]
  });
  return new Uint8Array(await d.Packer.toArrayBuffer(document));
}

/** The leaf-coded plan as CSV: one row per action, a workstream column, no rows for main actions. */
export function workstreamPlanCsv(): Uint8Array {
  return new TextEncoder().encode(Papa.unparse([[...WORKSTREAM_PLAN_HEADERS], ...WORKSTREAM_PLAN_ROWS.map((r) => [...r])], { newline: '\r\n' }));
}
