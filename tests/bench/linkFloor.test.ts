import { linkFloorMs } from '../../bench/linkFloor';

const link = { latencyMs: 100, downloadBytesPerSecond: 1000 };

describe('the link floor of the phone load benchmark', () => {
  it('is the bytes at the link speed plus one round trip per request in a chain', () => {
    const chain = [
      { url: 'page', startMs: 0, endMs: 200, bytes: 500 },
      { url: 'script', startMs: 210, endMs: 900, bytes: 1500 },
      { url: 'plan', startMs: 950, endMs: 1300, bytes: 1000 }
    ];
    expect(linkFloorMs(chain, link)).toEqual({ floorMs: 3000 + 300, bytes: 3000, criticalRequests: 3 });
  });

  it('counts requests in flight together as one round trip', () => {
    const parallel = [
      { url: 'page', startMs: 0, endMs: 200, bytes: 0 },
      { url: 'a', startMs: 220, endMs: 500, bytes: 0 },
      { url: 'b', startMs: 230, endMs: 520, bytes: 0 },
      { url: 'c', startMs: 240, endMs: 480, bytes: 0 }
    ];
    expect(linkFloorMs(parallel, link).criticalRequests).toBe(2);
  });

  it('is nothing for no requests', () => {
    expect(linkFloorMs([], link)).toEqual({ floorMs: 0, bytes: 0, criticalRequests: 0 });
  });
});
