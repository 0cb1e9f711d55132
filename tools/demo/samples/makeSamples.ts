/**
 * Builds the sample spreadsheets for trying the import on the demo plan: the actions Northmoor's
 * programme office agreed after the LGA peer challenge progress review, kept (as councils do) in
 * Excel before they go into the plan. They are messy in the ordinary ways: a title above the
 * table, headings in the office's own words, themes written as names, codes or "LD - Leadership",
 * leads as names, e-mail addresses or post titles, dates written every which way, an extra Notes
 * column. The unfixed file also has eight bad rows, one of each kind the dry run must explain.
 *
 *   npx tsx tools/demo/samples/makeSamples.ts
 *
 * writes northmoor-peer-challenge-actions.{xlsx,csv} (with bad rows),
 * northmoor-peer-challenge-actions-fixed.xlsx, and the shapes adopted plans take:
 * northmoor-improvement-plan.{csv,docx} (numbered programmes, lettered sub-actions) and
 * northmoor-workstream-actions.csv (leaf codes with a workstream column) next to this file. New workstream codes (LD.E,
 * PC.D...) are ones the demo plan does not use, so importing adds to the plan without touching it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { parseArgs, runCli } from '../../cli/args';
import { programmePlanCsv, programmePlanDocx, workstreamPlanCsv } from './realPlanSamples';

/** The demo plan's themes, the next free workstream letter in each, and what the review asked for. */
const THEMES: ReadonlyArray<{ code: string; name: string; letter: string; leads: readonly string[]; subjects: readonly string[] }> = [
  { code: 'LD', name: 'Leadership', letter: 'E', leads: ['Helen Marsh', 's.khan@northmoor.gov.uk', 'Chief Executive'], subjects: ['a corporate leadership team development programme', 'a quarterly leadership self-assessment', 'joint Cabinet and leadership team away days'] },
  { code: 'CU', name: 'Culture', letter: 'E', leads: ['Kwame Boateng', 'Fatima Rahman', 'Head of Organisational Development'], subjects: ['the staff pulse survey', 'a speak-up guardian scheme', 'manager induction on the council values'] },
  { code: 'GV', name: 'Governance', letter: 'E', leads: ['Siobhan Keane', 'Daniel Frost', 'Monitoring Officer'], subjects: ['a report clearance protocol', 'the annual governance statement review', 'an independent person for the audit committee'] },
  { code: 'UR', name: 'Use of resources', letter: 'E', leads: ['Rajesh Iyer', 'o.grant@northmoor.gov.uk', 'Head of Procurement and Commercial'], subjects: ['a zero-based review of the largest budgets', 'the contract waiver controls', 'an asset challenge process'] },
  { code: 'SD', name: 'Service delivery', letter: 'E', leads: ['Claire Whitfield', 'Hannah Novak', 'Ibrahim Sesay'], subjects: ['a housing repairs recovery plan', 'the complaints learning log', 'tenant satisfaction measures reporting'] },
  { code: 'PC', name: 'Partnerships and community engagement', letter: 'D', leads: ['Imran Qureshi', 'Nadia Kowalski', 'Policy and Partnerships Manager'], subjects: ['a voluntary sector funding review', 'the town deal board governance', 'neighbourhood listening events'] },
  { code: 'CI', name: 'Continuous improvement', letter: 'E', leads: ['Gwen Pritchard', 'Samuel Adeyemi', 'Mei Chen'], subjects: ['an improvement plan self-assessment against the peer challenge', 'a benchmarking club with nearest neighbours', 'lessons-learned reviews after major projects'] }
];

/** Headings as the programme office wrote them (Notes is not imported). */
const HEADERS = ['Ref', 'Theme', 'Workstream', 'Action', 'Lead Officer', 'Start', 'Target date', 'Status', 'RAG', '% complete', 'Progress commentary', 'Next steps', 'Notes'];
const TITLE_ROWS = ['Northmoor Borough Council: peer challenge progress review actions', 'For import into the Improvement Plan, position at November 2026'];
/** Row number of the first action (title rows, a blank row, then the headings on row 4). */
const FIRST_DATA_ROW = 5;

type Cell = string | Date | { readonly percent: number };

const MAIN_VERBS = ['Put in place', 'Deliver', 'Adopt'];
const SUB_TITLES = [(s: string) => `Scope ${s} with the lead member`, (s: string) => `Pilot ${s} in one directorate`, (s: string) => `Report on ${s} to the Improvement Panel`];
const STARTS: readonly Cell[] = ['Commenced', 'October 2026', '02/11/2026', 'Q3 2026/27', 'January 2027', 'In progress', new Date(Date.UTC(2026, 8, 1)), 'w/c 16 November 2026'];
const DUES: readonly Cell[] = ['March 2027', 'May/June 2027', 'Q1 2027/28', 'TBC', 'Ongoing', '31/03/2027', '30 September 2027', '2027/28', 'December 2027', new Date(Date.UTC(2027, 6, 31))];
const STATUS_RAG: ReadonlyArray<readonly [string, string]> = [
  ['In progress', 'Green'],
  ['Not started', 'Not started'],
  ['On track', 'G'],
  ['In progress', 'Amber'],
  ['Not started', ''],
  ['In progress', 'A'],
  ['Complete', 'Blue']
];
const PROGRESS: readonly Cell[] = ['25%', '', '40', { percent: 0.1 }, '', '15%', '100%'];
const THEME_FORMS = [(code: string, name: string) => name, (code: string) => code, (code: string, name: string) => `${code} - ${name}`, (code: string, name: string) => name.toLowerCase()];

/** The bad rows of the unfixed file: one of every kind of problem, by index among the actions. */
const BAD_ROWS: ReadonlyArray<{ index: number; apply: (cells: Cell[], all: readonly Cell[][]) => void }> = [
  { index: 4, apply: (c) => { c[1] = 'Housing Repairs'; } },
  { index: 11, apply: (c) => { c[6] = 'end of spring 2027'; } },
  { index: 19, apply: (c, all) => { c[0] = all[18][0]; } },
  { index: 27, apply: (c) => { c[0] = `${String(c[0]).split('.')[0]}.E9.1`; } },
  { index: 35, apply: (c) => { c[5] = '31/02/2027'; } },
  { index: 43, apply: (c) => { c[3] = ''; } },
  { index: 51, apply: (c) => { c[8] = 'Purple'; } },
  { index: 59, apply: (c) => { c[9] = '150%'; } }
];

/** The action rows, theme by theme: each main action, then its sub-actions. */
function actionRows(fixed: boolean): Cell[][] {
  const rows: Cell[][] = [];
  for (const theme of THEMES) {
    const ws = `${theme.code}.${theme.letter}`;
    theme.subjects.forEach((subject, m) => {
      const main = `${ws}${m + 1}`;
      const codes: Array<[string, string]> = [[main, `${MAIN_VERBS[m % 3]} ${subject}`]];
      for (let s = 1; s <= 3 - (m % 2); s += 1) codes.push([`${main}.${s}`, SUB_TITLES[s - 1](subject)]);
      for (const [code, title] of codes) {
        const i = rows.length;
        const [status, rag] = STATUS_RAG[i % STATUS_RAG.length];
        rows.push([
          code,
          THEME_FORMS[i % THEME_FORMS.length](theme.code, theme.name),
          i % 2 === 0 ? `${theme.letter}: Peer challenge follow-up` : 'Peer challenge follow-up',
          title.charAt(0).toUpperCase() + title.slice(1),
          theme.leads[i % theme.leads.length],
          STARTS[i % STARTS.length],
          DUES[i % DUES.length],
          status,
          rag,
          PROGRESS[i % PROGRESS.length],
          i % 3 === 0 ? '' : `Work on ${subject} ${rag === 'Amber' || rag === 'A' ? 'is behind: the lead post was vacant until October' : 'is moving as planned'}.`,
          i % 4 === 0 ? '' : `Report progress on ${subject} to the Improvement Board.`,
          i % 5 === 0 ? 'Peer challenge recommendation' : ''
        ]);
      }
    });
  }
  if (!fixed) for (const bad of BAD_ROWS) bad.apply(rows[bad.index], rows);
  return rows;
}

async function xlsx(fixed: boolean): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Northmoor Improvement Programme Office';
  // A fixed date keeps the file identical between runs.
  workbook.created = workbook.modified = new Date(Date.UTC(2026, 10, 20));
  const sheet = workbook.addWorksheet('Peer challenge actions');
  for (const title of TITLE_ROWS) sheet.addRow([title]);
  sheet.addRow([]);
  sheet.addRow(HEADERS).font = { bold: true };
  for (const cells of actionRows(fixed)) {
    const row = sheet.addRow(cells.map((c) => (c instanceof Date || typeof c === 'string' ? c : c.percent)));
    cells.forEach((c, i) => {
      if (c instanceof Date) row.getCell(i + 1).numFmt = 'dd/mm/yyyy';
      else if (typeof c !== 'string') row.getCell(i + 1).numFmt = '0%';
    });
  }
  sheet.columns.forEach((column, i) => {
    column.width = [10, 24, 28, 52, 28, 14, 16, 12, 10, 11, 48, 44, 28][i];
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function csvCell(c: Cell): string {
  if (c instanceof Date) return `${String(c.getUTCDate()).padStart(2, '0')}/${String(c.getUTCMonth() + 1).padStart(2, '0')}/${c.getUTCFullYear()}`;
  return typeof c === 'string' ? c : `${Math.round(c.percent * 100)}%`;
}

function csv(fixed: boolean): Uint8Array {
  const records = [...TITLE_ROWS.map((t) => [t]), [], HEADERS, ...actionRows(fixed).map((r) => r.map(csvCell))];
  return new TextEncoder().encode(Papa.unparse(records, { newline: '\r\n' }));
}

/** Row numbers (as Excel shows them) of the bad rows, for the README and the end-to-end test. */
export const SAMPLE_BAD_ROWS: readonly number[] = BAD_ROWS.map((b) => FIRST_DATA_ROW + b.index);

/** Writes the sample files into `dir`; returns their names. */
export async function writeSamples(dir: string): Promise<string[]> {
  const files: Array<[string, Uint8Array]> = [
    ['northmoor-peer-challenge-actions.xlsx', await xlsx(false)],
    ['northmoor-peer-challenge-actions.csv', csv(false)],
    ['northmoor-peer-challenge-actions-fixed.xlsx', await xlsx(true)],
    ['northmoor-improvement-plan.csv', programmePlanCsv()],
    ['northmoor-improvement-plan.docx', await programmePlanDocx()],
    ['northmoor-workstream-actions.csv', workstreamPlanCsv()]
  ];
  for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes);
  return files.map(([name]) => name);
}

const USAGE = `Usage: npx tsx tools/demo/samples/makeSamples.ts

Writes the import samples next to this script: the peer challenge actions (messy .xlsx and .csv,
fixed .xlsx), the adopted improvement plan (.csv and .docx, numbered programmes with lettered
sub-actions) and the leaf-coded workstream actions (.csv). Takes no options.`;

if (require.main === module) {
  runCli(async () => {
    parseArgs(process.argv.slice(2), { values: [], flags: [], usage: USAGE });
    const names = await writeSamples(__dirname);
    console.log(`Wrote ${names.join(', ')} in ${__dirname}`);
  });
}
