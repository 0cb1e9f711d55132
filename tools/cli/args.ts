import { explainCliError } from './explainError';

/** Minimal, strict argument parsing for the project's CLIs: `--name value`, `--flag`, and positionals. */
export interface ParsedArgs {
  options: Map<string, string | true>;
  positionals: string[];
}

/** What a CLI accepts, and the help text `--help` prints. */
export interface KnownArgs {
  values: readonly string[];
  flags: readonly string[];
  /** Printed by `--help` (or `-h`); without it the help lists the options. */
  usage?: string;
}

/** Thrown by {@link parseArgs} for `--help`: {@link runCli} prints the text and exits 0. */
export class HelpRequested extends Error {
  public constructor(public readonly text: string) {
    super(text);
    this.name = 'HelpRequested';
  }
}

function generatedUsage(known: KnownArgs): string {
  return `Options:\n${[...known.values.map((v) => `  --${v} <value>`), ...known.flags.map((f) => `  --${f}`)].join('\n')}`;
}

/**
 * Parses argv; an option not in `known` is an error, so a typo never silently does something else.
 * @throws HelpRequested when argv asks for `--help` or `-h`
 */
export function parseArgs(argv: readonly string[], known: KnownArgs): ParsedArgs {
  if (argv.includes('--help') || argv.includes('-h')) throw new HelpRequested(known.usage ?? generatedUsage(known));
  const options = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2);
    if (known.flags.includes(name)) options.set(name, true);
    else if (known.values.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value.`);
      options.set(name, value);
    } else throw new Error(`Unknown option --${name}. Known options: ${[...known.values, ...known.flags].map((o) => `--${o}`).join(', ')} (--help explains them).`);
  }
  return { options, positionals };
}

/**
 * Reads a command's arguments for commands that return an exit code: `--help` prints the usage
 * (exit 0); an argument mistake prints the reason and the usage (exit 2).
 */
export function readArgsOrExit<T>(read: () => T, usage: string, out: (line: string) => void, err: (line: string) => void): { value: T } | { exitCode: number } {
  try {
    return { value: read() };
  } catch (error) {
    if (error instanceof HelpRequested) {
      out(error.text);
      return { exitCode: 0 };
    }
    err(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return { exitCode: 2 };
  }
}

/**
 * Runs a CLI body, printing a person-readable error (a dead port, a wrong site or a refusal in
 * words, with what to try) and exiting 1 on failure.
 */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof HelpRequested) {
        console.log(error.text);
        process.exit(0);
      }
      console.error(`\n${explainCliError(error)}`);
      process.exit(1);
    }
  );
}

/** A command that writes its lines through `out` and `err` and resolves with its exit code. */
export type ExitCodeCommand = (argv: string[], out: (line: string) => void, err: (line: string) => void) => Promise<number>;

/**
 * Runs an exit-code command as the program: its lines to the terminal, its code as the process's.
 * A failure it did not foresee is explained in words (what failed, what to try) and exits with
 * `failureCode`, the command's own code for "the site could not be read".
 */
export function runExitCodeCommand(command: ExitCodeCommand, failureCode: number): void {
  command(
    process.argv.slice(2),
    (line) => console.log(line),
    (line) => console.error(line)
  ).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(explainCliError(error));
      process.exit(failureCode);
    }
  );
}

/** The `--site` option: present, and an http or https address, else the mistake in words. */
export function siteOption(given: string | boolean | undefined): string {
  if (typeof given !== 'string') throw new Error('--site is needed: the address of the plan site.');
  let protocol: string;
  try {
    protocol = new URL(given).protocol;
  } catch {
    throw new Error(`The --site value is not a web address: ${given}`);
  }
  if (!/^https?:$/.test(protocol)) throw new Error(`--site must be an http or https address, not ${given}.`);
  return given;
}
