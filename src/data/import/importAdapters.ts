/** The PnPjs import adapters in one module, so `createPlanImporter` can load them as one lazy chunk. */
export { SpImportWriter } from './spImportWriter';
export { SpImportJournalStore } from './spImportJournal';
export { readPlanForImport } from './readPlanForImport';
