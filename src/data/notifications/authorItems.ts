/** SharePoint's own "created by" on an item: the only "who" the alerts trust. */
import type { RecordAuthor } from '../../application/alerts/savePorts';
import { readText, type SpItem } from '../mapping/values';

/** `$select` entries for the expanded Author, and the expansion itself. */
export const AUTHOR_SELECT: readonly string[] = ['AuthorId', 'Author/Id', 'Author/Title', 'Author/EMail', 'Author/Name'];
export const AUTHOR_EXPAND: readonly string[] = ['Author'];

/** The author SharePoint recorded on `item`, or `undefined` when the item carries none. */
export function authorOf(item: SpItem): RecordAuthor | undefined {
  const id = typeof item.AuthorId === 'number' ? item.AuthorId : undefined;
  if (id === undefined) return undefined;
  const user = (item.Author ?? {}) as Record<string, unknown>;
  const login = readText(user.Name);
  const email = readText(user.EMail);
  return { id, displayName: readText(user.Title) ?? email ?? login ?? `User ${id}`, ...(login ? { login } : {}), ...(email ? { email } : {}) };
}
