/**
 * In-memory stand-ins for the alert ports, with the same semantics as the SharePoint adapters:
 * claims are "insert, then the lowest id of record owns the key", reclaims are conditional on the
 * version, and items written by anyone but the record keepers are ignored.
 */
import { ConflictError } from '../../../../src/application/errors';
import type { ActionChanges, LoadedPlan, Versioned } from '../../../../src/application/ports/planRepository';
import {
  describeRefusedLinks,
  refusedLinks,
  type AlertReceipt,
  type AlertReceipts,
  type AlertRoutingConfig,
  type AppLinks,
  type AppPostNote,
  type ChannelSender,
  type ChannelTarget,
  type ClaimDetails,
  type ClaimResult,
  type IgnoredLogEntry,
  type LinkPolicy,
  type LogEntry,
  type NewAlertReceipt,
  type NotificationKind,
  type NotificationLog,
  type RatingBefore,
  type RecordAuthor,
  type SavedUpdate,
  type SaveHistory
} from '../../../../src/application/alerts';
import { ChannelSendError } from '../../../../src/application/alerts';
import { linksIn } from '../../../../src/notifications/senders/cardLinks';
import { renderPayload, type AdaptiveCardJson } from '../../../../src/notifications/cards';
import type { CardPayload } from '../../../../src/application/alerts';
import type { Action, Plan, ProgressRating, ProgressUpdate, Theme } from '../../../../src/domain';

/** The sweep's own identity in these tests. */
export const SWEEP: RecordAuthor = { id: 1, displayName: 'Sweep (app)' };
/** A member of the programme office. */
export const PMO: RecordAuthor = { id: 2, displayName: 'Pat Office' };
/** Staff: may save updates and add receipts, never keep the log. */
export const JO: RecordAuthor = { id: 10, displayName: 'Jo Lead' };
export const MALLORY: RecordAuthor = { id: 11, displayName: 'Mallory Staff' };

interface StoredRow extends LogEntry {
  authorId: number;
}

export class MemoryLog implements NotificationLog {
  public rows: StoredRow[] = [];
  private nextId = 1;
  private nextVersion = 1;
  private readonly ignored = new Map<number, IgnoredLogEntry>();
  /** Set to make the next confirmSent throw (a crash between send and confirm). */
  public failConfirms = 0;
  /** Who writes through the port (the sweep), and who else is of record. */
  public writer: RecordAuthor = SWEEP;
  public keepers = new Set([SWEEP.id, PMO.id]);

  private ofRecord(rows: StoredRow[]): StoredRow[] {
    for (const r of rows) if (!this.keepers.has(r.authorId)) this.ignored.set(r.id, { id: r.id, key: r.key, state: r.state, writtenBy: `user ${r.authorId}` });
    return rows.filter((r) => this.keepers.has(r.authorId));
  }

  private owner(key: string): StoredRow | undefined {
    return this.ofRecord(this.rows.filter((r) => r.key === key)).sort((a, b) => a.id - b.id)[0];
  }

  private stamp(): string {
    return `"${this.nextVersion++}"`;
  }

  private static copy(row: StoredRow): LogEntry {
    const { authorId: _author, ...entry } = row;
    return JSON.parse(JSON.stringify(entry), (k, v: unknown) => (['claimedAt', 'sentAt'].includes(k) && typeof v === 'string' ? new Date(v) : v)) as LogEntry;
  }

  /** The insert half of a claim, exposed so tests can interleave two claimers or forge entries. */
  public insert(key: string, details: ClaimDetails, author: RecordAuthor = this.writer, extra: Partial<LogEntry> = {}): LogEntry {
    const entry: StoredRow = {
      id: this.nextId++,
      key,
      kind: details.kind,
      themeCode: details.themeCode,
      ...(details.actionId ? { actionId: details.actionId } : {}),
      state: 'Claimed',
      attempts: 1,
      claimedAt: details.at,
      record: JSON.parse(JSON.stringify(details.record)),
      version: this.stamp(),
      authorId: author.id,
      ...extra
    };
    this.rows.push(entry);
    return MemoryLog.copy(entry);
  }

  /** The look half of a claim. */
  public settle(mine: LogEntry): ClaimResult {
    const owner = this.owner(mine.key) as StoredRow;
    if (owner.id === mine.id) return { outcome: 'claimed', entry: MemoryLog.copy(owner) };
    this.rows = this.rows.filter((r) => r.id !== mine.id);
    return { outcome: 'alreadyClaimed', entry: MemoryLog.copy(owner) };
  }

  public async claim(key: string, details: ClaimDetails): Promise<ClaimResult> {
    const before = this.owner(key);
    if (before) return { outcome: 'alreadyClaimed', entry: MemoryLog.copy(before) };
    return this.settle(this.insert(key, details));
  }

  private row(id: number): StoredRow {
    return this.rows.find((r) => r.id === id) as StoredRow;
  }

  public async reclaim(entry: LogEntry, at: Date, uncertainPosts?: number): Promise<ClaimResult> {
    const row = this.row(entry.id);
    if (row.version !== entry.version) return { outcome: 'alreadyClaimed', entry: MemoryLog.copy(row) };
    Object.assign(row, { state: 'Claimed', claimedAt: at, attempts: row.attempts + 1, version: this.stamp(), ...(uncertainPosts ? { uncertainPosts } : {}) });
    return { outcome: 'claimed', entry: MemoryLog.copy(row) };
  }

  public async confirmSent(entry: LogEntry, at: Date, route: string, postedFromApp?: AppPostNote): Promise<void> {
    if (this.failConfirms > 0) {
      this.failConfirms--;
      throw new Error('process stopped before the confirmation');
    }
    const row = this.row(entry.id);
    Object.assign(row, { state: 'Sent', sentAt: at, route, version: this.stamp(), ...(postedFromApp && row.record ? { record: { ...row.record, postedFromApp } } : {}) });
  }

  public async recordFailure(entry: LogEntry, error: string, route: string | undefined): Promise<void> {
    const row = this.row(entry.id);
    if (row.version !== entry.version) return;
    Object.assign(row, { state: 'Failed', lastError: error, ...(route ? { route } : {}), version: this.stamp() });
  }

  public async recordUncertain(entry: LogEntry, error: string, route: string | undefined): Promise<void> {
    const row = this.row(entry.id);
    if (row.version !== entry.version) return;
    Object.assign(row, { state: 'Failed', lastError: error, uncertainPosts: (row.uncertainPosts ?? 0) + 1, ...(route ? { route } : {}), version: this.stamp() });
  }

  public async closeUncertain(entry: LogEntry, at: Date, note: string, route: string | undefined): Promise<void> {
    const row = this.row(entry.id);
    if (row.version !== entry.version) return;
    Object.assign(row, { state: 'Sent', sentAt: at, lastError: note, uncertainPosts: (row.uncertainPosts ?? 0) + 1, ...(route ? { route } : {}), version: this.stamp() });
  }

  public async release(entry: LogEntry): Promise<void> {
    this.rows = this.rows.filter((r) => !(r.id === entry.id && r.version === entry.version));
  }

  public async find(keys: readonly string[]): Promise<Map<string, LogEntry>> {
    const out = new Map<string, LogEntry>();
    for (const key of keys) {
      const owner = this.owner(key);
      if (owner) out.set(key, MemoryLog.copy(owner));
    }
    return out;
  }

  public async listUnsent(): Promise<LogEntry[]> {
    return this.ofRecord(this.rows.filter((r) => r.state !== 'Sent')).filter((r) => this.owner(r.key)?.id === r.id).map(MemoryLog.copy);
  }

  public async listClaimedSince(kind: NotificationKind, since: Date): Promise<LogEntry[]> {
    return this.ofRecord(this.rows.filter((r) => r.kind === kind && r.claimedAt >= since)).map(MemoryLog.copy);
  }

  public ignoredEntries(): readonly IgnoredLogEntry[] {
    return [...this.ignored.values()];
  }
}

/** A sender that records cards, refuses foreign links like the real ones, or fails when told to. */
export class RecordingSender implements ChannelSender {
  public readonly posts: Array<{ target: ChannelTarget; card: AdaptiveCardJson }> = [];
  public failNext = 0;
  /** Posts whose answer is lost: the card reaches the channel but the sender cannot tell. */
  public loseAnswers = 0;
  public constructor(
    public readonly kind: ChannelTarget['kind'],
    private readonly policy: LinkPolicy = SITE_POLICY
  ) {}
  public async send(target: ChannelTarget, payload: CardPayload) {
    const card = renderPayload(payload);
    const refused = refusedLinks(linksIn(card), this.policy);
    if (refused.length) throw new ChannelSendError(describeRefusedLinks(refused, this.policy), undefined, 0, false);
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error('Teams answered 503 after 6 attempt(s)');
    }
    this.posts.push({ target, card });
    if (this.loseAnswers > 0) {
      this.loseAnswers--;
      throw new ChannelSendError('No answer from Teams after 1 attempt(s): socket hang up.', undefined, 1, true, true);
    }
    return { status: this.kind === 'graph' ? 201 : 202, attempts: 1, ...(this.kind === 'graph' ? { messageId: `m${this.posts.length}` } : {}) };
  }
}

/** Receipts as staff add them: anyone may add one, with themselves as the author. */
export class MemoryReceipts implements AlertReceipts {
  public rows: AlertReceipt[] = [];
  public failAdds = 0;
  /** Who adds through the port (the person saving). */
  public constructor(public author: RecordAuthor = JO) {}
  public async add(receipt: NewAlertReceipt): Promise<void> {
    if (this.failAdds > 0) {
      this.failAdds--;
      throw new Error('403 Forbidden');
    }
    this.forge(this.author, receipt);
  }
  /** Adds a receipt as `author`, as anyone on the staff can. */
  public forge(author: RecordAuthor, receipt: Partial<NewAlertReceipt> & { key: string }): AlertReceipt {
    const row: AlertReceipt = { id: this.rows.length + 1, author, route: 'graph:t/c', ...receipt };
    this.rows.push(row);
    return row;
  }
  public async listForActions(actionIds: readonly string[]): Promise<AlertReceipt[]> {
    return this.rows.filter((r) => r.actionId !== undefined && actionIds.includes(r.actionId));
  }
}

/** The progress history with SharePoint authors, and what each action's stored rating was before each save. */
export class MemoryHistory implements SaveHistory {
  public updates: SavedUpdate[] = [];
  /** Stored rating before each save, by progress update id; absent means the versions do not show it. */
  public before = new Map<string, ProgressRating | undefined>();
  public add(update: Omit<SavedUpdate, 'id'> & { id?: string }, before?: { rating?: ProgressRating }): SavedUpdate {
    const saved: SavedUpdate = { ...update, id: update.id ?? String(100 + this.updates.length) };
    this.updates.push(saved);
    if (before) this.before.set(saved.id, before.rating);
    return saved;
  }
  public async listSince(since: Date): Promise<SavedUpdate[]> {
    return this.updates.filter((u) => u.createdAt >= since);
  }
  public async getByIds(ids: readonly string[]): Promise<SavedUpdate[]> {
    return this.updates.filter((u) => ids.includes(u.id));
  }
  public async storedRatingBefore(update: SavedUpdate): Promise<RatingBefore> {
    if (!this.before.has(update.id)) return { known: false };
    const rating = this.before.get(update.id);
    return rating ? { known: true, rating } : { known: true };
  }
  /** The history as the plan loads it (domain progress updates). */
  public asPlanHistory(): ProgressUpdate[] {
    return this.updates.map((u) => ({
      id: u.id,
      actionId: u.actionId,
      periodId: '2026-05',
      submittedBy: { displayName: u.author.displayName },
      submittedAt: u.createdAt,
      status: 'InProgress',
      commentary: '',
      achievements: [],
      evidence: [],
      ...(u.rating ? { ratingAtSubmission: u.rating } : {})
    }));
  }
}

/** A plan held in memory, with versions per action and conflicts like SharePoint's. */
export class MemoryPlan {
  public versions = new Map<string, number>();
  public history: MemoryHistory | undefined;
  public constructor(
    public actions: Action[],
    public themes: Theme[]
  ) {
    for (const a of actions) this.versions.set(a.id, 1);
  }

  public async loadPlan(): Promise<LoadedPlan> {
    const progressUpdates = this.history?.asPlanHistory() ?? [];
    const plan = { id: 'p', name: 'Plan', council: 'Northmoor', shape: 'codedThemes', startDate: '2025-04-01', endDate: '2028-03-31', cadence: 'month', themes: this.themes, workstreams: [], actions: this.actions, milestones: [], progressUpdates, risks: [], changeRequests: [], recommendations: [] } as unknown as Plan;
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

export const SITE_URL = 'https://council.sharepoint.com/sites/ip';
export const SITE_POLICY: LinkPolicy = { siteUrl: SITE_URL };

export const links: AppLinks = {
  action: (id) => `${SITE_URL}/SitePages/Plan.aspx?view=action&action=${id}`,
  plan: (code) => `${SITE_URL}/SitePages/Plan.aspx${code ? `?view=theme&theme=${code}` : ''}`
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
