/** PnPjs adapters for importing a plan: the writer, the journal and the reader of what is there. */
export { SpImportWriter } from './spImportWriter';
export { SpImportJournalStore } from './spImportJournal';
export { readPlanForImport } from './readPlanForImport';
export { PeopleResolver } from './people';
export { createPlanImporter } from './createPlanImporter';
