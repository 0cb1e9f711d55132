import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import '@pnp/sp/batching';
import { PermissionKind, type IBasePermissions } from '@pnp/sp/security';
import type { CurrentUser, SessionService } from '../../application/ports/planRepository';
import type { Person } from '../../domain';
import { ACTIONS_LIST } from '../schema/planLists';
import { translateError } from './spErrors';
import type { UserIdCache } from './userIds';

/**
 * Who is signed in and what they may do, in one batched request: the current user and their
 * effective permissions on the actions list (edit = EditListItems, manage = ManageLists).
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
    // Hold rejections until both parts have settled, then report the first.
    const settled = Promise.allSettled([userP, permsP]);
    await execute();
    const [userR, permsR] = await settled;
    if (userR.status === 'rejected') throw translateError(userR.reason, { doing: 'see the plan', record: 'Your account' });
    if (permsR.status === 'rejected') throw translateError(permsR.reason, { doing: 'see the plan', record: 'The plan actions list' });
    const u = userR.value;
    const perms: IBasePermissions = permsR.value;
    const person: Person = { displayName: u.Title, ...(u.Email ? { email: u.Email } : {}), login: u.LoginName };
    this.users.remember(person, u.Id);
    return {
      person,
      canEdit: this.sp.web.hasPermissions(perms, PermissionKind.EditListItems),
      canManage: this.sp.web.hasPermissions(perms, PermissionKind.ManageLists)
    };
  }
}
