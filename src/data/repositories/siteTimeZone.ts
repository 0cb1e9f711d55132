import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/regional-settings/web';
import type { ITimeZone } from '@pnp/sp/regional-settings';
import { siteDaysOf, type SiteDays, type SpTimeZone } from '../mapping/siteDays';

/**
 * The site's time zone, which date-only columns are stored in. Asked once per PnPjs
 * root and kept: a site's regional settings change rarely and every day column needs them. A
 * failed request is forgotten so the next read or write asks again.
 */
const known = new WeakMap<SPFI, Promise<SiteDays>>();

/** `web/RegionalSettings/TimeZone` on a (possibly batched) root. */
export function timeZoneRequest(root: SPFI): ITimeZone {
  return root.web.regionalSettings.timeZone.select('Id', 'Description', 'Information');
}

/** The site's days for `sp`: one request the first time, none after. */
export function siteDaysFor(sp: SPFI): Promise<SiteDays> {
  let days = known.get(sp);
  if (!days) {
    days = timeZoneRequest(sp)<SpTimeZone>().then(siteDaysOf);
    known.set(sp, days);
    days.catch(() => known.delete(sp));
  }
  return days;
}

/** Keeps a time zone read alongside other requests (the plan load's batch) for later single reads and writes. */
export function rememberSiteDays(sp: SPFI, days: SiteDays): void {
  known.set(sp, Promise.resolve(days));
}
