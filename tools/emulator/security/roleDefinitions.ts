/**
 * The web's permission levels: the built-in ones (with any edits stored over them) followed by
 * the custom ones, all read from the store so effective masks use what is persisted.
 */
import { ROLE_DEFINITIONS, type RoleDefinition } from '../permissions';
import type { SqliteStore } from '../store/sqliteStore';

/**
 * Custom permission levels get ids from here upwards, as on SharePoint sites (the first custom
 * level of a site is usually 1073741924, i.e. 0x40000000 + 100).
 */
const FIRST_CUSTOM_ID = 1073741924;

export const isBuiltIn = (id: number): boolean => ROLE_DEFINITIONS.some((r) => r.Id === id);

export function allRoleDefinitions(store: SqliteStore): RoleDefinition[] {
  const stored = new Map(store.storedRoleDefinitions().map((d) => [d.Id, d]));
  const builtIn = ROLE_DEFINITIONS.map((r) => stored.get(r.Id) ?? r);
  const custom = [...stored.values()].filter((d) => !isBuiltIn(d.Id));
  return [...builtIn, ...custom];
}

export function roleDefinitionById(store: SqliteStore, id: number): RoleDefinition | undefined {
  return allRoleDefinitions(store).find((r) => r.Id === id);
}

export function roleDefinitionByName(store: SqliteStore, name: string): RoleDefinition | undefined {
  const n = name.trim().toLowerCase();
  return allRoleDefinitions(store).find((r) => r.Name.toLowerCase() === n);
}

export function nextCustomRoleId(store: SqliteStore): number {
  return Math.max(FIRST_CUSTOM_ID - 1, ...store.storedRoleDefinitions().map((d) => d.Id)) + 1;
}

/** Role definitions by id, built once per request for mask computations over many scopes. */
export function roleDefinitionMap(store: SqliteStore): Map<number, RoleDefinition> {
  return new Map(allRoleDefinitions(store).map((d) => [d.Id, d]));
}
