/**
 * Durable storage on Node 22's built-in `node:sqlite` (DatabaseSync).
 *
 * Why: the issue requires that a `kill -9` loses no acknowledged write. Every mutation runs in
 * its own transaction in WAL mode with `synchronous=FULL`, and DatabaseSync is synchronous, so
 * the COMMIT (and its fsync) has returned before the HTTP handler writes the 2xx.
 *
 * The store keeps a write-through in-memory copy of lists, items and users: the emulator is
 * the only writer of its data directory, and list queries (filter/sort over 25,000 items)
 * are far faster on plain objects than re-reading JSON rows.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { fixBuiltInIds, type FieldDef } from '../model/fields';
import type { RoleDefinition } from '../permissions';
import type { EmulatorUser, RoleAssignmentRecord, SiteGroupRecord, SiteUser } from '../types';

export interface ListRecord {
  Id: string;
  Title: string;
  /** URL/entity name fixed at creation (title without spaces), used for `SP.Data.<X>ListItem`. */
  EntityName: string;
  Created: string;
  LastItemModifiedDate: string;
  /** Other SP.List properties (Description, BaseTemplate, EnableVersioning...). */
  Props: Record<string, unknown>;
  Fields: FieldDef[];
  NextItemId: number;
}

export interface ItemRecord {
  Id: number;
  Version: number;
  GUID: string;
  Created: string;
  Modified: string;
  AuthorId: number;
  EditorId: number;
  /** Column values by internal name; User/Lookup columns hold ids (number | number[] | null). */
  Values: Record<string, unknown>;
}

export interface ChannelMessageRecord {
  seq: number;
  kind: 'graph' | 'workflow';
  [k: string]: unknown;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS lists (id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS items (list_id TEXT NOT NULL, id INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (list_id, id));
CREATE TABLE IF NOT EXISTS versions (list_id TEXT NOT NULL, item_id INTEGER NOT NULL, version INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (list_id, item_id, version));
CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, login TEXT NOT NULL UNIQUE, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS channel_messages (seq INTEGER PRIMARY KEY AUTOINCREMENT, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS site_groups (id INTEGER PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS role_scopes (scope TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS role_definitions (id INTEGER PRIMARY KEY, data TEXT NOT NULL);
`;

/**
 * Key of the web's role scope in `role_scopes`. A list with unique permissions uses its id and an
 * item `<list id>/<item id>` ({@link itemScopeKey}); a missing key means the object inherits.
 */
export const WEB_SCOPE = 'web';

/** Meta key holding the web's saved SP.Web properties (Title, Description...) as JSON. */
export const WEB_PROPS_META = 'webProps';

export const itemScopeKey = (listId: string, itemId: number): string => `${listId}/${itemId}`;

/** Logins are compared without the claims prefix and case-insensitively, like SharePoint. */
export function normalizeLogin(login: string): string {
  return login.replace(/^i:0#\.f\|membership\|/i, '').trim().toLowerCase();
}

export class SqliteStore {
  private readonly db: DatabaseSync;
  private readonly lists = new Map<string, ListRecord>();
  private readonly items = new Map<string, Map<number, ItemRecord>>();
  private readonly users = new Map<number, SiteUser>();
  private readonly groups = new Map<number, SiteGroupRecord>();
  private readonly scopes = new Map<string, RoleAssignmentRecord[]>();
  private readonly roleDefs = new Map<number, RoleDefinition>();
  private readonly stmts: Record<string, StatementSync>;
  private inTxn = false;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new DatabaseSync(join(dataDir, 'emulator.sqlite'));
    this.db.exec('PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;');
    this.db.exec(SCHEMA);
    this.stmts = {
      getMeta: this.db.prepare('SELECT value FROM meta WHERE key = ?'),
      setMeta: this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'),
      putList: this.db.prepare('INSERT INTO lists (id, data) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data'),
      putItem: this.db.prepare('INSERT INTO items (list_id, id, data) VALUES (?, ?, ?) ON CONFLICT(list_id, id) DO UPDATE SET data = excluded.data'),
      delItem: this.db.prepare('DELETE FROM items WHERE list_id = ? AND id = ?'),
      putVersion: this.db.prepare('INSERT OR REPLACE INTO versions (list_id, item_id, version, data) VALUES (?, ?, ?, ?)'),
      delVersions: this.db.prepare('DELETE FROM versions WHERE list_id = ? AND item_id = ?'),
      getVersions: this.db.prepare('SELECT data FROM versions WHERE list_id = ? AND item_id = ? ORDER BY version DESC'),
      putUser: this.db.prepare('INSERT INTO users (id, login, data) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET login = excluded.login, data = excluded.data'),
      delUser: this.db.prepare('DELETE FROM users WHERE id = ?'),
      putMessage: this.db.prepare('INSERT INTO channel_messages (data) VALUES (?)'),
      getMessages: this.db.prepare('SELECT seq, data FROM channel_messages ORDER BY seq'),
      putGroup: this.db.prepare('INSERT INTO site_groups (id, data) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data'),
      delGroup: this.db.prepare('DELETE FROM site_groups WHERE id = ?'),
      putScope: this.db.prepare('INSERT INTO role_scopes (scope, data) VALUES (?, ?) ON CONFLICT(scope) DO UPDATE SET data = excluded.data'),
      delScope: this.db.prepare('DELETE FROM role_scopes WHERE scope = ?'),
      delItemScopes: this.db.prepare("DELETE FROM role_scopes WHERE scope LIKE ? || '/%'"),
      putRoleDef: this.db.prepare('INSERT INTO role_definitions (id, data) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data'),
      delRoleDef: this.db.prepare('DELETE FROM role_definitions WHERE id = ?')
    };
    this.load();
  }

  private load(): void {
    this.lists.clear();
    this.items.clear();
    this.users.clear();
    this.groups.clear();
    this.scopes.clear();
    this.roleDefs.clear();
    for (const row of this.db.prepare('SELECT data FROM lists').all() as Array<{ data: string }>) {
      const list = JSON.parse(row.data) as ListRecord;
      // Lists written before the built-in columns had SharePoint's fixed ids get them now.
      fixBuiltInIds(list.Fields);
      this.lists.set(list.Id, list);
      this.items.set(list.Id, new Map());
    }
    for (const row of this.db.prepare('SELECT list_id, data FROM items ORDER BY list_id, id').all() as Array<{ list_id: string; data: string }>) {
      const item = JSON.parse(row.data) as ItemRecord;
      this.items.get(row.list_id)?.set(item.Id, item);
    }
    for (const row of this.db.prepare('SELECT data FROM users').all() as Array<{ data: string }>) {
      const u = JSON.parse(row.data) as SiteUser;
      this.users.set(u.id, u);
    }
    for (const row of this.db.prepare('SELECT data FROM site_groups').all() as Array<{ data: string }>) {
      const g = JSON.parse(row.data) as SiteGroupRecord;
      this.groups.set(g.Id, g);
    }
    for (const row of this.db.prepare('SELECT scope, data FROM role_scopes').all() as Array<{ scope: string; data: string }>) {
      this.scopes.set(row.scope, JSON.parse(row.data) as RoleAssignmentRecord[]);
    }
    for (const row of this.db.prepare('SELECT data FROM role_definitions').all() as Array<{ data: string }>) {
      const def = JSON.parse(row.data) as RoleDefinition;
      this.roleDefs.set(def.Id, def);
    }
  }

  /** Runs `fn` in one durable transaction; nested calls join the outer one. */
  transaction<T>(fn: () => T): T {
    if (this.inTxn) return fn();
    this.db.exec('BEGIN IMMEDIATE');
    this.inTxn = true;
    try {
      const result = fn();
      this.db.exec('COMMIT');
      return result;
    } catch (e) {
      this.db.exec('ROLLBACK');
      // The cache may hold changes from the failed transaction: rebuild it from disk.
      this.load();
      throw e;
    } finally {
      this.inTxn = false;
    }
  }

  close(): void {
    this.db.close();
  }

  // ---- meta ---------------------------------------------------------------------------

  getMeta(key: string): string | undefined {
    const row = this.stmts.getMeta.get(key) as { value: string } | undefined;
    return row?.value;
  }

  setMeta(key: string, value: string): void {
    this.stmts.setMeta.run(key, value);
  }

  deleteMeta(key: string): void {
    this.db.prepare('DELETE FROM meta WHERE key = ?').run(key);
  }

  /** Secret used to sign form digests; persisted so digests survive a restart. */
  digestSecret(): string {
    let s = this.getMeta('digestSecret');
    if (!s) {
      s = randomBytes(32).toString('hex');
      this.transaction(() => this.setMeta('digestSecret', s as string));
    }
    return s;
  }

  // ---- lists --------------------------------------------------------------------------

  allLists(): ListRecord[] {
    return [...this.lists.values()];
  }

  listById(id: string): ListRecord | undefined {
    return this.lists.get(id.toLowerCase());
  }

  listByTitle(title: string): ListRecord | undefined {
    const t = title.toLowerCase();
    for (const l of this.lists.values()) if (l.Title.toLowerCase() === t) return l;
    return undefined;
  }

  saveList(list: ListRecord): void {
    list.Id = list.Id.toLowerCase();
    this.transaction(() => this.stmts.putList.run(list.Id, JSON.stringify(list)));
    this.lists.set(list.Id, list);
    if (!this.items.has(list.Id)) this.items.set(list.Id, new Map());
  }

  deleteList(id: string): void {
    this.transaction(() => {
      this.db.prepare('DELETE FROM lists WHERE id = ?').run(id);
      this.db.prepare('DELETE FROM items WHERE list_id = ?').run(id);
      this.db.prepare('DELETE FROM versions WHERE list_id = ?').run(id);
      this.stmts.delScope.run(id);
      this.stmts.delItemScopes.run(id);
    });
    this.scopes.delete(id);
    this.dropItemScopesFromCache(id);
    this.lists.delete(id);
    this.items.delete(id);
  }

  itemCount(listId: string): number {
    return this.items.get(listId)?.size ?? 0;
  }

  // ---- items --------------------------------------------------------------------------

  /** Items in ascending ID order (insertion order is ascending ID). */
  listItems(listId: string): ItemRecord[] {
    return [...(this.items.get(listId)?.values() ?? [])];
  }

  getItem(listId: string, id: number): ItemRecord | undefined {
    return this.items.get(listId)?.get(id);
  }

  /**
   * Inserts new items (ids assigned from the list counter) and their version-1 snapshots in one
   * transaction. Used by `items.add` (one item) and the bulk helper (thousands).
   */
  insertItems(list: ListRecord, build: Array<(id: number) => ItemRecord>, keepVersions: boolean): ItemRecord[] {
    const created: ItemRecord[] = [];
    const next = list.NextItemId;
    try {
      this.transaction(() => {
        for (const make of build) {
          const item = make(list.NextItemId++);
          this.stmts.putItem.run(list.Id, item.Id, JSON.stringify(item));
          if (keepVersions) this.stmts.putVersion.run(list.Id, item.Id, item.Version, JSON.stringify(item));
          created.push(item);
        }
        if (created.length) list.LastItemModifiedDate = created[created.length - 1].Modified;
        this.stmts.putList.run(list.Id, JSON.stringify(list));
      });
    } catch (e) {
      list.NextItemId = next;
      throw e;
    }
    const map = this.items.get(list.Id) as Map<number, ItemRecord>;
    for (const item of created) map.set(item.Id, item);
    return created;
  }

  updateItem(list: ListRecord, item: ItemRecord, keepVersions: boolean): void {
    this.transaction(() => {
      this.stmts.putItem.run(list.Id, item.Id, JSON.stringify(item));
      if (keepVersions) this.stmts.putVersion.run(list.Id, item.Id, item.Version, JSON.stringify(item));
      list.LastItemModifiedDate = item.Modified;
      this.stmts.putList.run(list.Id, JSON.stringify(list));
    });
    this.items.get(list.Id)?.set(item.Id, item);
  }

  /** Deletes an item with its versions and its unique role assignments (the scope dies with it). */
  deleteItem(list: ListRecord, id: number): void {
    const key = itemScopeKey(list.Id, id);
    this.transaction(() => {
      this.stmts.delItem.run(list.Id, id);
      this.stmts.delVersions.run(list.Id, id);
      this.stmts.delScope.run(key);
    });
    this.items.get(list.Id)?.delete(id);
    this.scopes.delete(key);
  }

  itemVersions(listId: string, itemId: number): ItemRecord[] {
    return (this.stmts.getVersions.all(listId, itemId) as Array<{ data: string }>).map((r) => JSON.parse(r.data) as ItemRecord);
  }

  // ---- users --------------------------------------------------------------------------

  allUsers(): SiteUser[] {
    return [...this.users.values()].sort((a, b) => a.id - b.id);
  }

  userById(id: number): SiteUser | undefined {
    return this.users.get(id);
  }

  userByLogin(login: string): SiteUser | undefined {
    const n = normalizeLogin(login);
    for (const u of this.users.values()) if (normalizeLogin(u.login) === n || u.email.toLowerCase() === n) return u;
    return undefined;
  }

  /** Adds or updates a user; ids start at 6 like the first real accounts of a new site. */
  upsertUser(user: EmulatorUser): SiteUser {
    const existing = this.userByLogin(user.login);
    const id = existing?.id ?? this.nextPrincipalId();
    const su: SiteUser = { id, login: user.login, displayName: user.displayName, email: user.email, permission: user.permission };
    this.transaction(() => this.stmts.putUser.run(id, normalizeLogin(user.login), JSON.stringify(su)));
    this.users.set(id, su);
    return su;
  }

  /** Removes a user with its group memberships and direct role assignments (its id may be reused). */
  removeUser(id: number): void {
    this.transaction(() => {
      this.stmts.delUser.run(id);
      for (const g of this.groups.values()) {
        if (g.MemberIds.includes(id)) this.saveGroup({ ...g, MemberIds: g.MemberIds.filter((m) => m !== id) });
      }
      for (const [key, ras] of this.scopes) {
        if (ras.some((ra) => ra.PrincipalId === id)) this.saveRoleScope(key, ras.filter((ra) => ra.PrincipalId !== id));
      }
    });
    this.users.delete(id);
  }

  // ---- site groups and role scopes -------------------------------------------------------

  /** Users and groups share one principal id counter, as in SharePoint; the first id is 6. */
  nextPrincipalId(): number {
    return Math.max(5, ...this.users.keys(), ...this.groups.keys()) + 1;
  }

  allGroups(): SiteGroupRecord[] {
    return [...this.groups.values()].sort((a, b) => a.Id - b.Id);
  }

  groupById(id: number): SiteGroupRecord | undefined {
    return this.groups.get(id);
  }

  groupByTitle(title: string): SiteGroupRecord | undefined {
    const t = title.trim().toLowerCase();
    for (const g of this.groups.values()) if (g.Title.toLowerCase() === t) return g;
    return undefined;
  }

  saveGroup(group: SiteGroupRecord): void {
    this.transaction(() => this.stmts.putGroup.run(group.Id, JSON.stringify(group)));
    this.groups.set(group.Id, group);
  }

  /** Deletes a group and every role assignment it holds. */
  deleteGroup(id: number): void {
    this.transaction(() => {
      this.stmts.delGroup.run(id);
      for (const [key, ras] of this.scopes) {
        if (ras.some((ra) => ra.PrincipalId === id)) this.saveRoleScope(key, ras.filter((ra) => ra.PrincipalId !== id));
      }
    });
    this.groups.delete(id);
  }

  /** Role assignments of a scope (`WEB_SCOPE` or a list id); undefined = the scope inherits. */
  roleScope(key: string): RoleAssignmentRecord[] | undefined {
    return this.scopes.get(key);
  }

  saveRoleScope(key: string, assignments: RoleAssignmentRecord[]): void {
    this.transaction(() => this.stmts.putScope.run(key, JSON.stringify(assignments)));
    this.scopes.set(key, assignments);
  }

  deleteRoleScope(key: string): void {
    this.transaction(() => this.stmts.delScope.run(key));
    this.scopes.delete(key);
  }

  /** Role assignments of the list's items that have unique permissions, as [item id, assignments]. */
  *itemScopes(listId: string): IterableIterator<[number, RoleAssignmentRecord[]]> {
    const prefix = `${listId}/`;
    for (const [key, ras] of this.scopes) if (key.startsWith(prefix)) yield [Number(key.slice(prefix.length)), ras];
  }

  /** Makes every item of the list inherit again (clearSubscopes). */
  clearItemScopes(listId: string): void {
    this.transaction(() => this.stmts.delItemScopes.run(listId));
    this.dropItemScopesFromCache(listId);
  }

  private dropItemScopesFromCache(listId: string): void {
    for (const key of [...this.scopes.keys()]) if (key.startsWith(`${listId}/`)) this.scopes.delete(key);
  }

  // ---- role definitions ------------------------------------------------------------------

  /** Stored role definitions: custom permission levels and edited built-in ones, by id. */
  storedRoleDefinitions(): RoleDefinition[] {
    return [...this.roleDefs.values()].sort((a, b) => a.Id - b.Id);
  }

  saveRoleDefinition(def: RoleDefinition): void {
    this.transaction(() => this.stmts.putRoleDef.run(def.Id, JSON.stringify(def)));
    this.roleDefs.set(def.Id, def);
  }

  /** Deletes a role definition and unbinds it everywhere; assignments left without a role go too. */
  deleteRoleDefinition(id: number): void {
    this.transaction(() => {
      this.stmts.delRoleDef.run(id);
      for (const [key, ras] of this.scopes) {
        if (!ras.some((ra) => ra.RoleDefIds.includes(id))) continue;
        const kept = ras.map((ra) => ({ ...ra, RoleDefIds: ra.RoleDefIds.filter((r) => r !== id) })).filter((ra) => ra.RoleDefIds.length > 0);
        this.saveRoleScope(key, kept);
      }
    });
    this.roleDefs.delete(id);
  }

  // ---- channel messages (Graph / Workflows stand-ins) -----------------------------------

  addChannelMessage(record: Omit<ChannelMessageRecord, 'seq'>): number {
    const r = this.transaction(() => this.stmts.putMessage.run(JSON.stringify(record)));
    return Number(r.lastInsertRowid);
  }

  channelMessages(): ChannelMessageRecord[] {
    return (this.stmts.getMessages.all() as Array<{ seq: number; data: string }>).map((r) => ({ ...(JSON.parse(r.data) as ChannelMessageRecord), seq: Number(r.seq) }));
  }

  clearChannelMessages(): void {
    this.transaction(() => this.db.exec('DELETE FROM channel_messages'));
  }

  /** Test helper: wipes lists, items, messages, groups, role scopes, definitions and web properties (users and digest secret are kept). */
  reset(): void {
    this.transaction(() => {
      this.db.exec(
        'DELETE FROM lists; DELETE FROM items; DELETE FROM versions; DELETE FROM channel_messages; DELETE FROM site_groups; DELETE FROM role_scopes; DELETE FROM role_definitions;'
      );
      this.db.prepare('DELETE FROM meta WHERE key = ?').run(WEB_PROPS_META);
    });
    this.load();
  }

  newGuid(): string {
    return randomUUID();
  }
}
