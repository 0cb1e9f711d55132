import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/batching';
import type { Person } from '../../domain';
import { personKey, type UserIdLookup } from '../mapping/people';

/**
 * Site user ids for people, because User columns are written by id. Logins are resolved with
 * `web.ensureUser` (which adds a directory user to the site if needed), several at once in one
 * batch, and cached for the life of the repository. People without a login or e-mail (a post
 * title from an imported plan) resolve to null and keep their name in the "as named" column.
 */
export class UserIdCache {
  private readonly ids = new Map<string, number | null>();

  public constructor(private readonly sp: SPFI) {}

  /** Resolves every person not yet cached, in one batch. */
  public async prepare(people: ReadonlyArray<Person | undefined>): Promise<void> {
    const wanted = new Map<string, string>();
    for (const p of people) {
      const key = p ? personKey(p) : undefined;
      if (p && key && !this.ids.has(key) && !wanted.has(key)) wanted.set(key, (p.login ?? p.email) as string);
    }
    if (wanted.size === 0) return;
    const [batched, execute] = this.sp.batched();
    const pending = [...wanted].map(([key, login]) =>
      batched.web.ensureUser(login).then(
        (u) => this.ids.set(key, u.Id),
        // Not an account SharePoint knows: keep the name only.
        () => this.ids.set(key, null)
      )
    );
    await execute();
    await Promise.all(pending);
  }

  /** The cached id of a person (call {@link prepare} first); null when unknown. */
  public readonly idOf: UserIdLookup = (person) => {
    const key = personKey(person);
    return key ? (this.ids.get(key) ?? null) : null;
  };

  /** Records an id learnt elsewhere (e.g. the signed-in user), saving a request later. */
  public remember(person: Person, id: number): void {
    const key = personKey(person);
    if (key) this.ids.set(key, id);
  }
}
