import * as React from 'react';
import {
  planImport,
  resumeImport,
  rollbackImport,
  startImport,
  suggestMappingForSheet,
  findIncompleteImports,
  type ColumnMapping,
  type ImportDeps,
  type ImportField,
  type ImportJournal,
  type ImportOutcome,
  type ImportPlan,
  type PlanImporter,
  type Sheet
} from '../../../application/import';
import { readSpreadsheet } from '../../../files';
import { londonDate } from '../../../domain';
import { errorMessage } from '../../components/States';

/** The file chosen in step 1. */
export type FileState = { status: 'none' } | { status: 'reading'; name: string } | { status: 'error'; message: string } | { status: 'ready'; sheet: Sheet };

/** The dry run of step 3; cleared whenever the file, mapping or options change. */
export type CheckState = { status: 'idle' } | { status: 'checking' } | { status: 'error'; message: string } | { status: 'ready'; plan: ImportPlan };

/** What a run is doing: a new import, or a resume or roll back of an earlier one. */
export type RunWork = 'import' | 'resume' | 'rollback';

/** The write of step 4 (or a resume or roll back of an earlier import). */
export type RunState =
  | { status: 'idle' }
  | { status: 'running'; work: RunWork; done: number; total: number }
  | { status: 'finished'; work: RunWork; outcome: ImportOutcome; plan?: ImportPlan }
  | { status: 'error'; message: string };

/** Earlier imports that stopped part-way. */
export type IncompleteState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; journals: readonly ImportJournal[] };

/** Everything the import view shows, and what a person can do in it. */
export interface ImportFlow {
  file: FileState;
  mapping: ColumnMapping;
  createThemes: boolean;
  check: CheckState;
  run: RunState;
  incomplete: IncompleteState;
  /** The id of the import started from the current dry run, once there is one. */
  ownImportId?: string;
  chooseFile(file: File): void;
  setColumn(field: ImportField, column: number | undefined): void;
  setCreateThemes(on: boolean): void;
  runCheck(): void;
  runImport(): void;
  resume(journal: ImportJournal): void;
  rollback(journal: ImportJournal): void;
  reloadIncomplete(): void;
  reset(): void;
}

/** The bytes of a chosen file; FileReader where `Blob.arrayBuffer` is missing (older WebViews). */
function readBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * The import screen's state: read the file, suggest the mapping, dry-run it, then write it
 * through the application's journalled import (start, resume or roll back). `onChanged` is told
 * after anything that may have changed the plan, so the app reloads it.
 */
export function useImportFlow(importer: PlanImporter, startedBy: string, now: () => Date, onChanged: () => void): ImportFlow {
  const [file, setFile] = React.useState<FileState>({ status: 'none' });
  const [mapping, setMapping] = React.useState<ColumnMapping>({});
  const [createThemes, setCreateThemesState] = React.useState(false);
  const [check, setCheck] = React.useState<CheckState>({ status: 'idle' });
  const [run, setRun] = React.useState<RunState>({ status: 'idle' });
  const [incomplete, setIncomplete] = React.useState<IncompleteState>({ status: 'loading' });
  const [ownImportId, setOwnImportId] = React.useState<string>();
  // Answers that arrive after a newer request (another file, another check) are dropped.
  const generation = React.useRef(0);
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );
  const onChangedRef = React.useRef(onChanged);
  onChangedRef.current = onChanged;

  const reloadIncomplete = React.useCallback(() => {
    findIncompleteImports({ journals: importer.journals }).then(
      (journals) => mounted.current && setIncomplete({ status: 'ready', journals }),
      (error: unknown) => mounted.current && setIncomplete({ status: 'error', message: errorMessage(error) })
    );
  }, [importer]);
  React.useEffect(reloadIncomplete, [reloadIncomplete]);

  const deps = React.useCallback(
    (): ImportDeps => ({
      writer: importer.createWriter(),
      journals: importer.journals,
      now,
      onProgress: (j) => mounted.current && setRun((r) => (r.status === 'running' ? { ...r, done: j.done, total: j.total } : r))
    }),
    [importer, now]
  );

  const invalidate = (): void => {
    generation.current += 1;
    setCheck({ status: 'idle' });
    setRun({ status: 'idle' });
    setOwnImportId(undefined);
  };

  const chooseFile = (chosen: File): void => {
    invalidate();
    const mine = generation.current;
    setFile({ status: 'reading', name: chosen.name });
    readBytes(chosen)
      .then((bytes) => readSpreadsheet(bytes, chosen.name))
      .then(
        (sheet) => {
          if (!mounted.current || mine !== generation.current) return;
          setMapping(suggestMappingForSheet(sheet).mapping);
          setFile({ status: 'ready', sheet });
        },
        (error: unknown) => mounted.current && mine === generation.current && setFile({ status: 'error', message: errorMessage(error) })
      );
  };

  const setColumn = (field: ImportField, column: number | undefined): void => {
    invalidate();
    setMapping((current) => {
      const next = { ...current };
      if (column === undefined) delete next[field];
      else next[field] = column;
      return next;
    });
  };

  const setCreateThemes = (on: boolean): void => {
    invalidate();
    setCreateThemesState(on);
  };

  const runCheck = (): void => {
    if (file.status !== 'ready') return;
    invalidate();
    const mine = generation.current;
    setCheck({ status: 'checking' });
    importer
      .readPlan()
      .then((existing) => planImport(file.sheet, mapping, existing, londonDate(now()), { createMissingThemes: createThemes }))
      .then(
        (plan) => mounted.current && mine === generation.current && setCheck({ status: 'ready', plan }),
        (error: unknown) => mounted.current && mine === generation.current && setCheck({ status: 'error', message: errorMessage(error) })
      );
  };

  const write = (work: RunWork, start: { done: number; total: number }, task: () => Promise<ImportOutcome>, plan?: ImportPlan): void => {
    setRun({ status: 'running', work, ...start });
    task()
      .then(
        (outcome) => {
          if (!mounted.current) return;
          if (plan) setOwnImportId(outcome.journal.importId);
          setRun({ status: 'finished', work, outcome, ...(plan ? { plan } : {}) });
        },
        (error: unknown) => mounted.current && setRun({ status: 'error', message: errorMessage(error) })
      )
      .finally(() => {
        reloadIncomplete();
        onChangedRef.current();
      });
  };

  const runImport = (): void => {
    if (check.status !== 'ready' || !check.plan.canImport) return;
    const { plan } = check;
    write('import', { done: 0, total: plan.operations.length }, () => startImport(plan, deps(), startedBy), plan);
  };

  const reset = (): void => {
    invalidate();
    setFile({ status: 'none' });
    setMapping({});
  };

  return {
    file,
    mapping,
    createThemes,
    check,
    run,
    incomplete,
    ownImportId,
    chooseFile,
    setColumn,
    setCreateThemes,
    runCheck,
    runImport,
    // Resuming the run just made keeps its dry run, so the summary can give its counts.
    resume: (journal) => write('resume', journal, () => resumeImport(journal.importId, deps()), run.status === 'finished' && run.outcome.journal.importId === journal.importId ? run.plan : undefined),
    rollback: (journal) => write('rollback', { done: 0, total: 0 }, () => rollbackImport(journal.importId, deps()), run.status === 'finished' && run.outcome.journal.importId === journal.importId ? run.plan : undefined),
    reloadIncomplete,
    reset
  };
}
