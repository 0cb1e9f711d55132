/**
 * `web/roledefinitions` (GET), `roledefinitions(N)`, `getbyid(N)`, `getbyname('Full Control')`,
 * `getbytype(5)`: the built-in permission levels with their real ids and masks. Custom permission
 * levels are not emulated (writes answer 405), since the product only binds built-in levels.
 */
import type { Ctx } from '../context';
import { errors } from '../errors';
import { jsonResponse, many, projectGeneric, single } from '../format';
import { ROLE_DEFINITIONS, type RoleDefinition } from '../permissions';
import type { EmuResponse } from '../types';
import { argString, effectiveMethod, type Segment } from './common';
import { roleDefinitionEntity } from './principals';

const selectOf = (ctx: Ctx): string[] | undefined => ctx.req.url.searchParams.get('$select')?.split(',').map((s) => s.trim());

function find(ctx: Ctx, seg: Segment): RoleDefinition {
  const raw = argString(ctx, seg.arg);
  let def: RoleDefinition | undefined;
  if (seg.lname === 'getbyname') def = ROLE_DEFINITIONS.find((r) => r.Name.toLowerCase() === raw.toLowerCase());
  else if (seg.lname === 'getbytype') def = ROLE_DEFINITIONS.find((r) => r.RoleTypeKind === Number(raw));
  else def = ROLE_DEFINITIONS.find((r) => r.Id === Number(raw));
  if (!def) throw errors.argumentOutOfRange();
  return def;
}

/** `rest` starts after `web/roledefinitions`. */
export function handleRoleDefinitions(ctx: Ctx, head: Segment, rest: Segment[]): EmuResponse {
  if (effectiveMethod(ctx) !== 'GET') throw errors.methodNotAllowed(ctx.req.method, 'SP.RoleDefinitionCollection');
  const seg: Segment | undefined = head.arg !== undefined ? { ...head, lname: 'getbyid' } : rest[0];
  const tail = head.arg !== undefined ? rest : rest.slice(1);
  if (!seg) {
    const rows = ROLE_DEFINITIONS.map((r) => projectGeneric(roleDefinitionEntity(ctx, r), selectOf(ctx)));
    return jsonResponse(ctx, 200, many(ctx, 'SP.ApiData.RoleDefinitions', rows));
  }
  if (!['getbyid', 'getbyname', 'getbytype'].includes(seg.lname)) throw errors.notFoundSegment(seg.name);
  if (tail.length) throw errors.notFoundSegment(tail[0].name);
  const def = find(ctx, seg);
  return jsonResponse(ctx, 200, single(ctx, 'SP.ApiData.RoleDefinitions/@Element', projectGeneric(roleDefinitionEntity(ctx, def), selectOf(ctx))));
}
