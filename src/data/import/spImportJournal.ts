import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import * as v from 'valibot';
import type { ImportJournal, ImportJournalStore, ImportOperation } from '../../application/import';
import { listDefinition } from '../schema/planLists';
import { DEFAULT_CHUNK_CHARS, joinChunks, splitIntoChunks } from '../snapshots/chunks';
import { addOnce } from '../repositories/writeOnce';
import { odataEq } from '../odata';

const PREFIX = 'import:';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

const journalSchema = v.object({
  importId: v.string(),
  fileName: v.string(),
  startedAt: v.string(),
  startedBy: v.string(),
  total: count,
  done: count,
  attempted: count,
  status: v.picklist(['running', 'stopped', 'completed', 'rolledBack']),
  updatedAt: v.string(),
  lastError: v.optional(v.string()),
  stoppedAtRow: v.optional(v.pipe(v.number(), v.integer()))
});

const partSchema = v.object({ index: v.pipe(v.number(), v.integer()), count: v.pipe(v.number(), v.integer()), text: v.string() });

interface SettingItem {
  Id: number;
  Title: string;
  SettingValue: string | null;
}

/**
 * Keeps import journals in the Plan Settings list (only the programme office edits it): one item
 * `import:<id>` holding the journal as JSON, and items `import:<id>:ops:<n>` holding the
 * operations in parts of about 200 KB, so a resume reads exactly what the import was writing.
 */
export class SpImportJournalStore implements ImportJournalStore {
  private readonly settings;

  public constructor(private readonly sp: SPFI, private readonly chunkChars: number = DEFAULT_CHUNK_CHARS) {
    this.settings = sp.web.lists.getByTitle(listDefinition('settings').title);
  }

  /**
   * Adds a settings item once, keyed by its title (unique to the import): after a lost answer it
   * is found, not added twice, so a resume never reads a journal or a part of it twice.
   */
  private async addOnce(title: string, values: Record<string, unknown>): Promise<void> {
    await addOnce(() => this.sp.web.lists.getByTitle(listDefinition('settings').title), { Title: title, ...values }, title);
  }

  private async items(filter: string): Promise<SettingItem[]> {
    const all: SettingItem[] = [];
    for await (const page of this.settings.items.select('Id', 'Title', 'SettingValue').filter(filter).top(500)) all.push(...(page as SettingItem[]));
    return all;
  }

  private async header(importId: string): Promise<SettingItem | undefined> {
    return (await this.items(odataEq('Title', `${PREFIX}${importId}`)))[0];
  }

  /** {@inheritDoc ImportJournalStore.create} */
  public async create(journal: ImportJournal, operations: readonly ImportOperation[]): Promise<void> {
    const parts = splitIntoChunks(JSON.stringify(operations), this.chunkChars);
    for (const [index, text] of parts.entries()) {
      await this.addOnce(`${PREFIX}${journal.importId}:ops:${index}`, { SettingValue: JSON.stringify({ index, count: parts.length, text }), SettingDescription: `Operations of import ${journal.importId} (part ${index + 1} of ${parts.length}).` });
    }
    // The journal goes last: an import is only visible once everything needed to resume it is stored.
    await this.addOnce(`${PREFIX}${journal.importId}`, { SettingValue: JSON.stringify(journal), SettingDescription: `Journal of the import of ${journal.fileName}.` });
  }

  /** {@inheritDoc ImportJournalStore.save} */
  public async save(journal: ImportJournal): Promise<void> {
    const item = await this.header(journal.importId);
    if (!item) throw new Error(`The journal of import ${journal.importId} is missing from the settings list.`);
    await this.settings.items.getById(item.Id).update({ SettingValue: JSON.stringify(journal) });
  }

  /** {@inheritDoc ImportJournalStore.load} */
  public async load(importId: string): Promise<{ journal: ImportJournal; operations: ImportOperation[] } | undefined> {
    const item = await this.header(importId);
    if (!item) return undefined;
    const journal = v.parse(journalSchema, JSON.parse(item.SettingValue ?? 'null')) as ImportJournal;
    const parts = (await this.items(`startswith(Title,'${PREFIX}${importId}:ops:')`)).map((p) => v.parse(partSchema, JSON.parse(p.SettingValue ?? 'null')));
    const text = joinChunks(parts);
    if (text === undefined) throw new Error(`The operations of import ${importId} are incomplete in the settings list, so it can be neither resumed nor rolled back. Run the import again from the file: it updates actions by reference, so nothing is duplicated.`);
    return { journal, operations: JSON.parse(text) as ImportOperation[] };
  }

  /** {@inheritDoc ImportJournalStore.list} */
  public async list(): Promise<ImportJournal[]> {
    const headers = (await this.items(`startswith(Title,'${PREFIX}')`)).filter((i) => !i.Title.includes(':ops:'));
    return headers.map((i) => v.parse(journalSchema, JSON.parse(i.SettingValue ?? 'null')) as ImportJournal).sort((a, b) => (a.startedAt < b.startedAt ? 1 : -1));
  }
}
