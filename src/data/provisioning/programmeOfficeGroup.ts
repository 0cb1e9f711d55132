import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import { odataEscape } from '../odata';

/** A site user or group as the provisioning code needs it. */
export interface Principal {
  Id: number;
  Title: string;
}

const isNotFound = (error: unknown): boolean => typeof error === 'object' && error !== null && (error as { status?: number }).status === 404;


/** Finds the programme office group, or creates it owned by the site's Owners group. */
export async function ensureProgrammeOfficeGroup(sp: SPFI, title: string, owners: Principal, me: Principal, changed: string[]): Promise<Principal> {
  try {
    return await sp.web.siteGroups.getByName(odataEscape(title)).select('Id', 'Title')<Principal>();
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  // Membership is visible to everyone: the sweep reads it to know whose log entries are of record.
  const created = await sp.web.siteGroups.add({
    Title: title,
    Description: 'The programme office: shapes the plan, decides change requests and closes reporting periods.',
    OnlyAllowMembersViewMembership: false
  });
  const group = sp.web.siteGroups.getById(created.Id);
  // Owned by the Owners group, not the person who ran provisioning, so ownership survives staff changes.
  await group.setUserAsOwner(owners.Id);
  // SharePoint makes the creator the first member; the programme office's membership is seeded on purpose, not by side effect.
  const members = await group.users.select('Id')<Array<{ Id: number }>>();
  if (members.some((m) => m.Id === me.Id)) await group.users.removeById(me.Id);
  changed.push(`Created site group "${title}" owned by "${owners.Title}".`);
  return { Id: created.Id, Title: created.Title };
}

