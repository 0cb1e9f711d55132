/** A mobile link as Chromium's network emulation takes it: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
export const MOBILE_LINK = { latencyMs: 150, downloadBytesPerSecond: 1_600_000 / 8, uploadBytesPerSecond: 750_000 / 8 } as const;

/** One request the page made before the view was drawn. */
export interface Fetched {
  url: string;
  startMs: number;
  endMs: number;
  /** Bytes on the wire (compressed when the server compressed). */
  bytes: number;
}

/**
 * The fastest the link allows: every byte fetched before the view is drawn, at the link's download
 * speed, plus one round trip per request on the critical path. The critical path is the longest
 * chain of requests each starting after the one before it ended, so requests in flight together
 * share a round trip.
 */
export function linkFloorMs(
  fetched: readonly Fetched[],
  link: { latencyMs: number; downloadBytesPerSecond: number } = MOBILE_LINK
): { floorMs: number; bytes: number; criticalRequests: number } {
  const bytes = fetched.reduce((sum, f) => sum + f.bytes, 0);
  const byStart = [...fetched].sort((a, b) => a.startMs - b.startMs);
  const depth = new Map<Fetched, number>();
  for (const f of byStart) {
    const before = byStart.filter((g) => g !== f && g.endMs <= f.startMs).map((g) => depth.get(g) ?? 1);
    depth.set(f, 1 + Math.max(0, ...before));
  }
  const criticalRequests = Math.max(0, ...depth.values());
  return { floorMs: (bytes / link.downloadBytesPerSecond) * 1000 + criticalRequests * link.latencyMs, bytes, criticalRequests };
}
