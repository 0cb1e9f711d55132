import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import '@pnp/sp/batching';
import { PermissionKind, type IBasePermissions } from '@pnp/sp/security';
import type { CurrentUser, SessionService } from '../../application/ports/planRepository';
import type { Person } from '../../domain';
import { ACTIONS_LIST, PROGRESS_UPDATES_LIST } from '../schema/planLists';
import { translateError } from './spErrors';
import type { UserIdCache } from './userIds';

/**
 * Who is signed in and what they may do, in one batched request: the current user and their
 * effective permissions on two lists of the permission model. Editing an action's definition
 * (EditListItems on Plan Actions) is the programme office's and the owners' alone, so it marks
 * who manages the plan; adding progress updates marks staff. Site-level rights say nothing here:
 * on a Teams-connected site every member holds Edit on the site.
 */
export class SpSessionService implements SessionService {
  public constructor(
    private readonly sp: SPFI,
    private readonly users: UserIdCache
  ) {}

  public async currentUser(): Promise<CurrentUser> {
    const [batched, execute] = this.sp.batched();
    const userP = batched.web.currentUser.select('Id', 'Title', 'Email', 'LoginName')<{ Id: number; Title: string; Email: string; LoginName: string }>();
    const permsP = batched.web.lists.getByTitle(ACTIONS_LIST).getCurrentUserEffectivePermissions();
    const updatesP = batched.web.lists.getByTitle(PROGRESS_UPDATES_LIST).getCurrentUserEffectivePermissions();
    // Hold rejections until every part has settled, then report the first.
    const settled = Promise.allSettled([userP, permsP, updatesP]);
    await execute();
    const [userR, permsR, updatesR] = await settled;
    if (userR.status === 'rejected') throw translateError(userR.reason, { doing: 'see the plan', record: 'Your account' });
    if (permsR.status === 'rejected') throw translateError(permsR.reason, { doing: 'see the plan', record: 'The plan actions list' });
    if (updatesR.status === 'rejected') throw translateError(updatesR.reason, { doing: 'see the plan', record: 'The progress updates list' });
    const u = userR.value;
    const perms: IBasePermissions = permsR.value;
    const person: Person = { displayName: u.Title, ...(u.Email ? { email: u.Email } : {}), login: u.LoginName };
    this.users.remember(person, u.Id);
    return {
      person,
      canEdit: this.sp.web.hasPermissions(updatesR.value, PermissionKind.AddListItems),
      canManage: this.sp.web.hasPermissions(perms, PermissionKind.EditListItems)
    };
  }
}
