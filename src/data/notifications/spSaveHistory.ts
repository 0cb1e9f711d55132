import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { PROGRESS_RATINGS, type ProgressRating } from '../../domain';
import type { RatingBefore, SavedUpdate, SaveHistory } from '../../application/alerts/savePorts';
import { readChoice, readInstant, readLookupId, type SpItem } from '../mapping/values';
import { ACTION_PROGRESS_LIST, PROGRESS_UPDATES_LIST } from '../schema/planLists';
import { AUTHOR_EXPAND, AUTHOR_SELECT, authorOf } from './authorItems';

/** Items per page when reading the newest history first. */
const PAGE = 500;
const IDS_PER_QUERY = 20;

const UPDATE_SELECT: readonly string[] = ['Id', 'ActionId', 'RatingAtSubmission', 'Created', ...AUTHOR_SELECT];

function updateFromItem(item: SpItem): SavedUpdate | undefined {
  const author = authorOf(item);
  const actionId = readLookupId(item.ActionId);
  const createdAt = readInstant(item.Created);
  if (!author || !actionId || !createdAt || typeof item.Id !== 'number') return undefined;
  const rating = readChoice(item.RatingAtSubmission, PROGRESS_RATINGS);
  return { id: String(item.Id), actionId, ...(rating ? { rating } : {}), createdAt, author };
}

/** One version of an action's progress item, as far as the check needs it. */
interface ProgressVersion {
  versionId: number;
  modified?: Date;
  editorId?: number;
  rating?: ProgressRating;
}

function versionOf(v: SpItem): ProgressVersion {
  const editor = v.Editor as { LookupId?: unknown } | undefined;
  const modified = readInstant(v.Modified);
  const rating = readChoice(v.Rating, PROGRESS_RATINGS);
  return {
    versionId: typeof v.VersionId === 'number' ? v.VersionId : 0,
    ...(modified ? { modified } : {}),
    ...(typeof editor?.LookupId === 'number' ? { editorId: editor.LookupId } : {}),
    ...(rating ? { rating } : {})
  };
}

/**
 * The progress history ('Plan Progress Updates') with the author SharePoint recorded on each
 * entry, ordered and windowed by the item id and Created, which no one can choose: the entry's
 * own SubmittedAt and SubmittedBy are written by the browser and are not trusted here.
 */
export class SpSaveHistory implements SaveHistory {
  /** Versions per action, read once per instance (one sweep): several saves of one action share them. */
  private readonly versionsByAction = new Map<string, Promise<ProgressVersion[] | undefined>>();

  public constructor(private readonly sp: SPFI) {}

  /** The action's progress versions, newest first; `undefined` when there is no progress item. */
  private async versionsOf(actionId: string): Promise<ProgressVersion[] | undefined> {
    const list = this.sp.web.lists.getByTitle(ACTION_PROGRESS_LIST);
    const [progress] = await list.items.filter(`ActionId eq ${Number(actionId)}`).select('Id').orderBy('Id', true).top(1)<Array<{ Id: number }>>();
    if (!progress) return undefined;
    return ((await list.items.getById(progress.Id).versions()) as SpItem[]).map(versionOf).sort((a, b) => b.versionId - a.versionId);
  }

  public async listSince(since: Date): Promise<SavedUpdate[]> {
    const out: SavedUpdate[] = [];
    // Newest first by id (always indexed), stopping at the first entry created before the window.
    const query = this.sp.web.lists.getByTitle(PROGRESS_UPDATES_LIST).items.select(...UPDATE_SELECT).expand(...AUTHOR_EXPAND).orderBy('Id', false).top(PAGE);
    let older = false;
    for await (const page of query) {
      for (const item of page as SpItem[]) {
        const created = readInstant(item.Created);
        if (created && created < since) {
          older = true;
          break;
        }
        const update = updateFromItem(item);
        if (update) out.push(update);
      }
      if (older) break;
    }
    return out.sort((a, b) => Number(a.id) - Number(b.id));
  }

  public async getByIds(ids: readonly string[]): Promise<SavedUpdate[]> {
    const numbers = [...new Set(ids)].map(Number).filter((n) => Number.isInteger(n) && n > 0);
    const out: SavedUpdate[] = [];
    for (let i = 0; i < numbers.length; i += IDS_PER_QUERY) {
      const filter = numbers.slice(i, i + IDS_PER_QUERY).map((id) => `Id eq ${id}`).join(' or ');
      const items = await this.sp.web.lists.getByTitle(PROGRESS_UPDATES_LIST).items.filter(filter).select(...UPDATE_SELECT).expand(...AUTHOR_EXPAND)<SpItem[]>();
      for (const item of items) {
        const update = updateFromItem(item);
        if (update) out.push(update);
      }
    }
    return out;
  }

  /**
   * Reads the version history of the action's progress item: the newest version the saver wrote
   * with the saved rating, no later than the entry's creation, is the save; the version before it
   * holds the rating before. Anything else (no such version, versions unreadable) is unknown.
   */
  public async storedRatingBefore(update: SavedUpdate): Promise<RatingBefore> {
    try {
      let read = this.versionsByAction.get(update.actionId);
      if (!read) {
        read = this.versionsOf(update.actionId);
        this.versionsByAction.set(update.actionId, read);
      }
      const versions = await read;
      if (!versions) return { known: false };
      const save = versions.findIndex((v) => v.modified !== undefined && v.modified <= update.createdAt && v.editorId === update.author.id && v.rating === update.rating);
      if (save < 0) return { known: false };
      const before = versions[save + 1];
      return before?.rating ? { known: true, rating: before.rating } : { known: true };
    } catch {
      // Versions unreadable (permissions, versioning off): the caller falls back to the history.
      return { known: false };
    }
  }
}
