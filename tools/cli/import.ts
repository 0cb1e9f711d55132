/**
 * `npm run import -- <file> --site <url> [--dry-run] [--resume] [--rollback] [--user <login>]
 *  [--sheet <name>] [--create-themes] [--help]`: imports a plan from an .xlsx, .csv or .docx file.
 *
 * Always runs the dry run first and prints every problem by row and column. Without --dry-run it
 * then writes, journalled, so a failure says where it stopped and --resume continues from there
 * (or --rollback undoes it). Re-running the import updates actions by reference: no duplicates.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs, runCli } from './args';
import { connectionFor } from './connect';
import { createSp } from '../../src/data/sp/createSp';
import { readPlanForImport, SpImportJournalStore, SpImportWriter } from '../../src/data/import';
import {
  findIncompleteImports,
  formatDryRunReport,
  importFieldInfo,
  planImport,
  resumeImport,
  rollbackImport,
  startImport,
  suggestMappingForSheet,
  type ImportDeps,
  type ImportField
} from '../../src/application/import';
import { readSpreadsheet } from '../../src/files';
import { londonDate } from '../../src/domain';

const USAGE = `Usage: npm run import -- <file.xlsx|file.csv|file.docx> --site <site url> [options]

Imports an existing plan: a spreadsheet, or the adopted plan in Word (its action tables, read
under the numbered programme headings above them). The dry run always comes first and lists every
problem by row and column, each with its fix; without --dry-run the import then writes, keeping a
journal so that a stop part-way can be resumed or rolled back. Importing again updates actions by
reference instead of duplicating them.

The hierarchy comes from the file's own columns and codes: a theme column or the code's first
part (LD in LD.A1.1); without a theme column, programme numbers (1.1, 5.3) become themes P1, P5;
a workstream listed only by leaf codes (LD.A1.1 with no LD.A1 row) gets them as actions under the
workstream the code names; lettered items "(a) ... (b) ..." in an action become sub-actions 5.3(a),
5.3(b), each with its own line of the date and lead cells.

  --site <url>       the plan's SharePoint site
  --dry-run          check only: print the problems and what would be written, write nothing
  --sheet <name>     the worksheet to read (default: the first; not used for .csv or .docx)
  --create-themes    create the themes (and programmes) the file names that the plan does not
                     have yet; the dry run lists them. Needed on an empty site. Without it such
                     rows are refused with "add the theme to the plan first". In the app, tick
                     "Add any theme the plan does not have yet" under Import instead.
  --resume           continue an import that stopped part-way, exactly where it stopped
  --rollback         undo what an import that stopped part-way wrote
  --user <login>     against the local emulator only: act as this demo user
  --help             show this text`;

/** Runs the command; returns the exit code. `out` receives everything a person reads. */
export async function importCommand(argv: readonly string[], out: (line: string) => void, now: () => Date = () => new Date()): Promise<number> {
  const { options, positionals } = parseArgs(argv, { values: ['site', 'user', 'sheet'], flags: ['dry-run', 'resume', 'rollback', 'create-themes'], usage: USAGE });
  const site = options.get('site');
  if (typeof site !== 'string') throw new Error(USAGE);
  const user = options.get('user') as string | undefined;
  const sp = createSp(await connectionFor(site, { actingUser: user }));
  const deps: ImportDeps = {
    writer: new SpImportWriter(sp),
    journals: new SpImportJournalStore(sp),
    now,
    onProgress: (j) => out(`  ${j.done} of ${j.total} writes made`)
  };

  if (options.has('resume') || options.has('rollback')) {
    const [incomplete] = await findIncompleteImports(deps);
    if (!incomplete) {
      out('There is no incomplete import on this site: nothing to resume or roll back.');
      return 0;
    }
    const outcome = options.has('resume') ? await resumeImport(incomplete.importId, deps) : await rollbackImport(incomplete.importId, deps);
    out(outcome.message);
    return outcome.journal.status === 'stopped' ? 1 : 0;
  }

  const [file] = positionals;
  if (file === undefined) throw new Error(USAGE);
  const sheet = await readSpreadsheet(new Uint8Array(readFileSync(file)), basename(file), { sheetName: options.get('sheet') as string | undefined });
  const { mapping } = suggestMappingForSheet(sheet);
  const where = sheet.sheetName.startsWith('Word table') ? sheet.sheetName : `worksheet "${sheet.sheetName}"`;
  out(`Reading ${sheet.fileName}, ${where}, headings on row ${sheet.headerRowNumber}. Columns used:`);
  for (const [field, column] of Object.entries(mapping) as Array<[ImportField, number]>) out(`  ${importFieldInfo(field).label}: "${sheet.headers[column]}"`);
  out('');
  const plan = planImport(sheet, mapping, await readPlanForImport(sp), londonDate(now()), { createMissingThemes: options.has('create-themes') });
  out(formatDryRunReport(plan));
  if (options.has('dry-run')) return plan.canImport ? 0 : 2;
  if (!plan.canImport) {
    out('\nNothing was imported.');
    return 2;
  }
  out('');
  const outcome = await startImport(plan, deps, user ?? 'the import command');
  out(outcome.message);
  if (!outcome.completed) out('Run the same command with --resume to finish it, or with --rollback to undo it.');
  return outcome.completed ? 0 : 1;
}

if (require.main === module) {
  runCli(async () => {
    const code = await importCommand(process.argv.slice(2), (line) => console.log(line));
    if (code !== 0) process.exit(code);
  });
}
