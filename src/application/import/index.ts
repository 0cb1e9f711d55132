/**
 * Importing a plan from a council's spreadsheet: read the file, map its columns, dry-run it
 * (every problem by row and column), then write it in order with a journal so an interrupted
 * import can be resumed or rolled back.
 */
export * from './sheet';
export * from './mapping';
export * from './sheetMapping';
export * from './dateCells';
export * from './letteredItems';
export * from './cellParsers';
export * from './operations';
export * from './readRows';
export * from './planImport';
export * from './writeLimits';
export * from './problemReport';
export * from './ports';
export * from './journal';
export * from './executeImport';
