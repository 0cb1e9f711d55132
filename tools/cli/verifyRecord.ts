/**
 * `npm run verify-record -- --site <url> [--user <login>]`: checks that every closed reporting
 * period still matches the seal written when it was closed, following the chain from the first
 * sealed period to the last. Prints the outcome in words and the latest record hash.
 * Exit codes: 0 verified (or nothing closed yet), 1 a period no longer matches or none is sealed
 * yet (the periods are named), 2 bad arguments, 3 the site could not be read.
 */
import { parseArgs, readArgsOrExit, runExitCodeCommand, siteOption } from './args';
import { explainCliError } from './explainError';
import { connectionFor } from './connect';
import { createSp } from '../../src/data/sp/createSp';
import { SpSnapshotStore } from '../../src/data/snapshots';
import { dayInWords, describeRecordCheck, periodInWords, verifyRecord, type RecordCheck } from '../../src/application/periods';

export const VERIFY_RECORD_USAGE = [
  'Usage: npm run verify-record -- --site <site url> [--user <login>]',
  '',
  'Checks that every closed reporting period still matches what was closed: each period’s',
  'snapshot is hashed again and compared with the seal stored when it was closed, and each seal',
  'must follow on from the period closed before it.',
  '',
  '  --site <url>     the plan site (an emulator URL needs no credentials)',
  '  --user <login>   on the emulator, the person to act as',
  '  --help, -h       show this text',
  '',
  'Exit codes: 0 verified (or nothing closed yet), 1 a period no longer matches or none is sealed yet (named),',
  '2 bad arguments, 3 the site could not be read.'
].join('\n');

/** Exit codes of the command. */
export const EXIT = { verified: 0, notVerified: 1, badArguments: 2, unreadable: 3 } as const;

function outcomeLines(check: RecordCheck): string[] {
  const message = describeRecordCheck(check);
  const lines = [message.headline, ...(message.explanation ? [message.explanation] : [])];
  if (check.status === 'verified') {
    const { latest } = check;
    lines.push(`Latest period sealed: ${periodInWords(latest)}, closed on ${dayInWords(latest.closedAt)} by ${latest.closedBy.displayName}.`);
    lines.push(`Latest record hash: ${check.latestHash}`);
  }
  if (check.status === 'broken' && check.detail) lines.push(`Detail: ${check.detail}`);
  return lines;
}

/** Runs the command; returns the exit code. `out` receives the outcome, `err` problems with the command itself. */
export async function verifyRecordCommand(argv: readonly string[], out: (line: string) => void, err: (line: string) => void = out): Promise<number> {
  const read = readArgsOrExit(
    () => {
      const { options, positionals } = parseArgs(argv, { values: ['site', 'user'], flags: [], usage: VERIFY_RECORD_USAGE });
      const site = siteOption(options.get('site'));
      if (positionals.length) throw new Error(`Unexpected argument "${positionals[0]}".`);
      return { site, user: options.get('user') as string | undefined };
    },
    VERIFY_RECORD_USAGE,
    out,
    err
  );
  if ('exitCode' in read) return read.exitCode;
  const { site, user } = read.value;

  let check: RecordCheck;
  try {
    const sp = createSp(await connectionFor(site, { actingUser: user }));
    check = await verifyRecord({ snapshots: new SpSnapshotStore(sp) });
  } catch (error) {
    err(`The record of ${site} could not be checked. ${explainCliError(error)}`);
    return EXIT.unreadable;
  }
  for (const line of outcomeLines(check)) out(line);
  return check.status === 'verified' || check.status === 'nothingClosed' ? EXIT.verified : EXIT.notVerified;
}

if (require.main === module) runExitCodeCommand(verifyRecordCommand, EXIT.unreadable);
