import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import { PROGRAMME_OFFICE_GROUP } from '../provisioning/permissionModel';
import { odataEscape } from '../odata';

/** Who may write the notifications log of record. */
export interface RecordKeepers {
  /** Site user ids whose entries are of record. */
  ids(): Promise<ReadonlySet<number>>;
  /** Why the set may be narrower than it should be (e.g. the group could not be read). */
  problems(): readonly string[];
}

/**
 * The identity running this process (the sweep, whoever runs it) and the members of the
 * programme office group, read once. Entries anyone else wrote are not of record, whatever the
 * list's permissions say: the check holds even on a site whose permissions were never secured.
 */
export class SpRecordKeepers implements RecordKeepers {
  private loaded: Promise<ReadonlySet<number>> | undefined;
  private readonly found: string[] = [];

  public constructor(
    private readonly sp: SPFI,
    private readonly groupName: string = PROGRAMME_OFFICE_GROUP
  ) {}

  public ids(): Promise<ReadonlySet<number>> {
    this.loaded ??= this.load();
    return this.loaded;
  }

  public problems(): readonly string[] {
    return this.found;
  }

  private async load(): Promise<ReadonlySet<number>> {
    const me = await this.sp.web.currentUser.select('Id')<{ Id: number }>();
    const ids = new Set<number>([me.Id]);
    try {
      const members = await this.sp.web.siteGroups.getByName(odataEscape(this.groupName)).users.select('Id')<Array<{ Id: number }>>();
      for (const m of members) ids.add(m.Id);
    } catch (error) {
      // Without the group, only this process's own entries count: safe, at worst a card is sent again.
      this.found.push(`The members of "${this.groupName}" could not be read (${error instanceof Error ? error.message : String(error)}); only entries this sweep wrote count as of record.`);
    }
    return ids;
  }
}
