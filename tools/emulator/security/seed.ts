/**
 * Site groups as a Teams-connected (Microsoft 365 group) site has them: "<site> Owners" (id 3,
 * Full Control), "<site> Visitors" (4, Read) and "<site> Members" (5, **Edit**: Microsoft 365
 * group members may add, edit and delete items and also manage lists and libraries), seeded from
 * the users' permission levels: emulator users with level 'Contribute' are the Members, 'Read'
 * the Visitors and 'FullControl' the Owners (who are also site collection administrators).
 */
import { RoleId } from '../permissions';
import { WEB_SCOPE, type SqliteStore } from '../store/sqliteStore';
import type { PermissionLevel, SiteGroupRecord, SiteUser } from '../types';

/** The web's title, used in the associated group names. */
export const SITE_TITLE = 'Improvement';

type Associated = NonNullable<SiteGroupRecord['Associated']>;

const ASSOCIATED: ReadonlyArray<{ kind: Associated; id: number; level: PermissionLevel; role: number }> = [
  { kind: 'Owners', id: 3, level: 'FullControl', role: RoleId.FullControl },
  { kind: 'Visitors', id: 4, level: 'Read', role: RoleId.Read },
  { kind: 'Members', id: 5, level: 'Contribute', role: RoleId.Edit }
];

/** Meta key recording that the web's Members binding follows the Teams-connected default (Edit). */
const MEMBERS_EDIT_META = 'membersBoundToEdit';

export function associatedGroup(store: SqliteStore, kind: Associated): SiteGroupRecord | undefined {
  return store.allGroups().find((g) => g.Associated === kind);
}

/**
 * Creates the associated groups and the web's role assignments when missing (a fresh data
 * directory, one written before groups existed, or after a reset). Groups created here get every
 * existing user of the matching level, so older data directories keep their behaviour.
 */
export function ensureSecurity(store: SqliteStore): void {
  store.transaction(() => {
    for (const a of ASSOCIATED) {
      if (associatedGroup(store, a.kind)) continue;
      const taken = store.groupById(a.id) !== undefined || store.userById(a.id) !== undefined;
      const id = taken ? store.nextPrincipalId() : a.id;
      const owners = associatedGroup(store, 'Owners');
      store.saveGroup({
        Id: id,
        Title: `${SITE_TITLE} ${a.kind}`,
        Description: '',
        OwnerId: owners?.Id ?? id,
        MemberIds: store.allUsers().filter((u) => u.permission === a.level).map((u) => u.id),
        OnlyAllowMembersViewMembership: false,
        AllowMembersEditMembership: false,
        Associated: a.kind
      });
    }
    if (!store.roleScope(WEB_SCOPE)) {
      store.saveRoleScope(
        WEB_SCOPE,
        ASSOCIATED.map((a) => ({ PrincipalId: (associatedGroup(store, a.kind) as SiteGroupRecord).Id, RoleDefIds: [a.role] }))
      );
    }
    upgradeMembersToEdit(store);
  });
}

/**
 * Data directories written before Members held Edit bind them to Contribute on the web: move that
 * one binding to Edit, once (a later deliberate change over REST is left alone).
 */
function upgradeMembersToEdit(store: SqliteStore): void {
  if (store.getMeta(MEMBERS_EDIT_META)) return;
  const members = associatedGroup(store, 'Members');
  const web = store.roleScope(WEB_SCOPE) ?? [];
  const ra = web.find((r) => r.PrincipalId === members?.Id);
  if (ra && ra.RoleDefIds.length === 1 && ra.RoleDefIds[0] === RoleId.Contribute) {
    store.saveRoleScope(
      WEB_SCOPE,
      web.map((r) => (r === ra ? { PrincipalId: r.PrincipalId, RoleDefIds: [RoleId.Edit] } : r))
    );
  }
  store.setMeta(MEMBERS_EDIT_META, '1');
}

/**
 * Moves a user into the associated group of their level when the level is new or changed.
 * An unchanged level leaves memberships alone, so additions made over REST survive restarts.
 */
export function syncLevelMembership(store: SqliteStore, user: SiteUser, previous: PermissionLevel | undefined): void {
  if (previous === user.permission) return;
  store.transaction(() => {
    for (const a of ASSOCIATED) {
      const g = associatedGroup(store, a.kind);
      if (!g) continue;
      const want = a.level === user.permission;
      const has = g.MemberIds.includes(user.id);
      if (want && !has) store.saveGroup({ ...g, MemberIds: [...g.MemberIds, user.id] });
      if (!want && has) store.saveGroup({ ...g, MemberIds: g.MemberIds.filter((m) => m !== user.id) });
    }
  });
}

/** Creates a site group owned by the associated Owners group (the emulator's `groups` option). */
export function createOwnedGroup(store: SqliteStore, title: string, description = ''): SiteGroupRecord {
  const owners = associatedGroup(store, 'Owners');
  const id = store.nextPrincipalId();
  const group: SiteGroupRecord = {
    Id: id,
    Title: title,
    Description: description,
    OwnerId: owners?.Id ?? id,
    MemberIds: [],
    OnlyAllowMembersViewMembership: false,
    AllowMembersEditMembership: false
  };
  store.saveGroup(group);
  return group;
}

/** Applies the `groups` option: creates missing groups and adds the listed members. */
export function ensureSeedGroups(store: SqliteStore, groups: Record<string, string[]> | undefined): void {
  if (!groups) return;
  store.transaction(() => {
    for (const [title, logins] of Object.entries(groups)) {
      const group = store.groupByTitle(title) ?? createOwnedGroup(store, title);
      const members = new Set(group.MemberIds);
      for (const login of logins) {
        const user = store.userByLogin(login);
        if (!user) throw new Error(`Group '${title}' names ${login}, who is not one of the emulator's users.`);
        members.add(user.id);
      }
      store.saveGroup({ ...group, MemberIds: [...members] });
    }
  });
}
