/**
 * node:sqlite prints an ExperimentalWarning on Node 22. It is expected for this tool, so the
 * CLI drops that one warning to keep stderr meaningful. Imported first by cli.ts so it is in
 * place before node:sqlite loads.
 */
const originalEmit = process.emitWarning.bind(process);
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  const text = typeof warning === 'string' ? warning : warning.message;
  if (/SQLite is an experimental feature/i.test(text)) return;
  (originalEmit as (...a: unknown[]) => void)(warning, ...rest);
}) as typeof process.emitWarning;

export {};
