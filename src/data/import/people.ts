import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import type { Person } from '../../domain';
import { odataEq } from '../odata';

/**
 * Finds the site user a person named in a plan is, by login, e-mail (ensureUser adds them to the
 * site when they are in the directory) or display name. Plans often name a post ("Head of
 * Finance") rather than a person: those stay unresolved and keep their name as written.
 */
export class PeopleResolver {
  private readonly cache = new Map<string, Promise<number | null>>();

  public constructor(private readonly sp: SPFI) {}

  /** The site user id, or null when the person cannot be matched to an account. */
  public resolve(person: Person | undefined): Promise<number | null> {
    if (person === undefined) return Promise.resolve(null);
    const key = (person.login ?? person.email ?? person.displayName).trim().toLowerCase();
    let found = this.cache.get(key);
    if (!found) {
      found = this.lookUp(person);
      this.cache.set(key, found);
    }
    return found;
  }

  private async lookUp(person: Person): Promise<number | null> {
    for (const login of [person.login, person.email]) {
      if (!login) continue;
      try {
        return (await this.sp.web.ensureUser(login)).Id;
      } catch {
        // Not a login the directory knows; try the next way of finding them.
      }
    }
    if (person.email) {
      try {
        return (await this.sp.web.siteUsers.getByEmail(person.email)()).Id;
      } catch {
        // Not a site user by that e-mail.
      }
    }
    const matches = await this.sp.web.siteUsers.filter(odataEq('Title', person.displayName)).select('Id')<Array<{ Id: number }>>();
    return matches.length === 1 ? matches[0].Id : null;
  }
}
