import type { SPFI } from '@pnp/sp';
import type { ImportJournalStore, ImportWriter, PlanImporter } from '../../application/import/ports';

type Adapters = typeof import('./importAdapters');

/**
 * The import ports on PnPjs, for the app's import screen. The adapters (and the import use cases
 * they pull in) are loaded on first use, so the web part's first bundle does not carry them:
 * only the programme office imports, and rarely.
 */
export function createPlanImporter(sp: SPFI): PlanImporter {
  let loading: Promise<Adapters> | undefined;
  const adapters = (): Promise<Adapters> => (loading ??= import(/* webpackChunkName: 'plan-import' */ './importAdapters'));
  let store: Promise<ImportJournalStore> | undefined;
  const journalStore = (): Promise<ImportJournalStore> => (store ??= adapters().then((a) => new a.SpImportJournalStore(sp)));
  const journals: ImportJournalStore = {
    create: async (journal, operations) => (await journalStore()).create(journal, operations),
    save: async (journal) => (await journalStore()).save(journal),
    load: async (importId) => (await journalStore()).load(importId),
    list: async () => (await journalStore()).list()
  };
  return {
    readPlan: async () => (await adapters()).readPlanForImport(sp),
    createWriter: (): ImportWriter => {
      const writer = adapters().then((a) => new a.SpImportWriter(sp));
      return {
        write: async (operations, run) => (await writer).write(operations, run),
        undo: async (operations) => (await writer).undo(operations)
      };
    },
    journals
  };
}
