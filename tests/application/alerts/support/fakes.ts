/**
 * In-memory stand-ins for the alert ports, with the same semantics as the SharePoint adapters:
 * claims are "insert, then the lowest id owns the key", reclaims are conditional on the version.
 */
import { ConflictError } from '../../../../src/application/errors';
import type { ActionChanges, LoadedPlan, Versioned } from '../../../../src/application/ports/planRepository';
import type {
  AlertRoutingConfig,
  AppLinks,
  ChannelSender,
  ChannelTarget,
  ClaimDetails,
  ClaimResult,
  LogEntry,
  NotificationKind,
  NotificationLog
} from '../../../../src/application/alerts';
import { renderPayload, type AdaptiveCardJson } from '../../../../src/notifications/cards';
import type { CardPayload } from '../../../../src/application/alerts';
import type { Action, Plan, Theme } from '../../../../src/domain';

export class MemoryLog implements NotificationLog {
  public rows: LogEntry[] = [];
  private nextId = 1;
  private nextVersion = 1;
  /** Set to make the next confirmSent throw (a crash between send and confirm). */
  public failConfirms = 0;

  private owner(key: string): LogEntry | undefined {
    return this.rows.filter((r) => r.key === key).sort((a, b) => a.id - b.id)[0];
  }

  private stamp(): string {
    return `"${this.nextVersion++}"`;
  }

  /** The insert half of a claim, exposed so tests can interleave two claimers. */
  public insert(key: string, details: ClaimDetails): LogEntry {
    const entry: LogEntry = {
      id: this.nextId++,
      key,
      kind: details.kind,
      themeCode: details.themeCode,
      ...(details.actionId ? { actionId: details.actionId } : {}),
      state: 'Claimed',
      attempts: 1,
      claimedAt: details.at,
      payload: JSON.parse(JSON.stringify(details.payload)),
      version: this.stamp()
    };
    this.rows.push(entry);
    return entry;
  }

  /** The look half of a claim. */
  public settle(mine: LogEntry): ClaimResult {
    const owner = this.owner(mine.key) as LogEntry;
    if (owner.id === mine.id) return { outcome: 'claimed', entry: { ...owner } };
    this.rows = this.rows.filter((r) => r.id !== mine.id);
    return { outcome: 'alreadyClaimed', entry: { ...owner } };
  }

  public async claim(key: string, details: ClaimDetails): Promise<ClaimResult> {
    const before = this.owner(key);
    if (before) return { outcome: 'alreadyClaimed', entry: { ...before } };
    return this.settle(this.insert(key, details));
  }

  private row(id: number): LogEntry {
    return this.rows.find((r) => r.id === id) as LogEntry;
  }

  public async reclaim(entry: LogEntry, at: Date): Promise<ClaimResult> {
    const row = this.row(entry.id);
    if (row.version !== entry.version) return { outcome: 'alreadyClaimed', entry: { ...row } };
    Object.assign(row, { state: 'Claimed', claimedAt: at, attempts: row.attempts + 1, version: this.stamp() });
    return { outcome: 'claimed', entry: { ...row } };
  }

  public async confirmSent(entry: LogEntry, at: Date, route: string): Promise<void> {
    if (this.failConfirms > 0) {
      this.failConfirms--;
      throw new Error('process stopped before the confirmation');
    }
    Object.assign(this.row(entry.id), { state: 'Sent', sentAt: at, route, version: this.stamp() });
  }

  public async recordFailure(entry: LogEntry, error: string, route: string | undefined): Promise<void> {
    const row = this.row(entry.id);
    if (row.version !== entry.version) return;
    Object.assign(row, { state: 'Failed', lastError: error, ...(route ? { route } : {}), version: this.stamp() });
  }

  public async release(entry: LogEntry): Promise<void> {
    this.rows = this.rows.filter((r) => !(r.id === entry.id && r.version === entry.version));
  }

  public async find(keys: readonly string[]): Promise<Map<string, LogEntry>> {
    const out = new Map<string, LogEntry>();
    for (const key of keys) {
      const owner = this.owner(key);
      if (owner) out.set(key, { ...owner });
    }
    return out;
  }

  public async listUnsent(): Promise<LogEntry[]> {
    return this.rows.filter((r) => r.state !== 'Sent' && this.owner(r.key)?.id === r.id).map((r) => ({ ...r }));
  }

  public async listClaimedSince(kind: NotificationKind, since: Date): Promise<LogEntry[]> {
    return this.rows.filter((r) => r.kind === kind && r.claimedAt >= since).map((r) => ({ ...r }));
  }
}

/** A sender that records cards, or fails when told to. */
export class RecordingSender implements ChannelSender {
  public readonly posts: Array<{ target: ChannelTarget; card: AdaptiveCardJson }> = [];
  public failNext = 0;
  public constructor(public readonly kind: ChannelTarget['kind']) {}
  public async send(target: ChannelTarget, payload: CardPayload) {
    const card = renderPayload(payload);
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error('Teams answered 503 after 6 attempt(s)');
    }
    this.posts.push({ target, card });
    return { status: this.kind === 'graph' ? 201 : 202, attempts: 1 };
  }
}

/** A plan held in memory, with versions per action and conflicts like SharePoint's. */
export class MemoryPlan {
  public versions = new Map<string, number>();
  public constructor(
    public actions: Action[],
    public themes: Theme[]
  ) {
    for (const a of actions) this.versions.set(a.id, 1);
  }

  public async loadPlan(): Promise<LoadedPlan> {
    const plan = { id: 'p', name: 'Plan', council: 'Northmoor', shape: 'codedThemes', startDate: '2025-04-01', endDate: '2028-03-31', cadence: 'month', themes: this.themes, workstreams: [], actions: this.actions, milestones: [], progressUpdates: [], risks: [], changeRequests: [], recommendations: [] } as unknown as Plan;
    return {
      plan,
      actionVersions: Object.fromEntries(this.actions.map((a) => [a.id, String(this.versions.get(a.id))])),
      storedRatings: Object.fromEntries(this.actions.map((a) => [a.id, a.rating ? { rating: a.rating } : {}])),
      loadedAt: new Date(),
      requestCount: 1
    };
  }

  public async getAction(id: string): Promise<Versioned<Action>> {
    const action = this.actions.find((a) => a.id === id) as Action;
    return { value: action, version: String(this.versions.get(id)) };
  }

  public async updateAction(id: string, changes: ActionChanges, version: string): Promise<string> {
    const current = String(this.versions.get(id));
    if (version !== current) throw new ConflictError('conflict', changes, (await this.getAction(id)).value, current);
    this.actions = this.actions.map((a) => (a.id === id ? { ...a, ...(changes.rating ? { rating: changes.rating } : {}), ...(changes.status ? { status: changes.status } : {}) } : a));
    this.versions.set(id, Number(current) + 1);
    return String(Number(current) + 1);
  }
}

export const links: AppLinks = {
  action: (id) => `https://council.sharepoint.com/sites/ip/SitePages/Plan.aspx?view=action&action=${id}`,
  plan: (code) => `https://council.sharepoint.com/sites/ip/SitePages/Plan.aspx${code ? `?view=theme&theme=${code}` : ''}`
};

export function routingOf(config: Partial<AlertRoutingConfig> = {}) {
  return { readRouting: async (): Promise<AlertRoutingConfig> => ({ themes: {}, digestDays: {}, ...config }) };
}

/** A clock tests move by hand. */
export class Clock {
  public constructor(public at: Date) {}
  public now = (): Date => this.at;
  public advance(ms: number): void {
    this.at = new Date(this.at.getTime() + ms);
  }
}
