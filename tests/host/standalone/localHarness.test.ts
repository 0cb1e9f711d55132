import { localHarnessClock } from '../../../src/host/standalone/localHarness';

const docWith = (content?: string): Pick<Document, 'querySelector'> => ({
  querySelector: () => (content === undefined ? null : ({ getAttribute: () => content } as unknown as Element))
});

describe('the local harness clock', () => {
  it('lives on the day the page names, at the real time of day', () => {
    const clock = localHarnessClock(docWith('2026-11-23'), () => new Date('2027-02-14T09:41:07.123Z'));
    expect(clock?.().toISOString()).toBe('2026-11-23T09:41:07.123Z');
  });

  it('follows the real clock when the page names no day, or a malformed one', () => {
    expect(localHarnessClock(docWith())).toBeUndefined();
    expect(localHarnessClock(docWith('23/11/2026'))).toBeUndefined();
    expect(localHarnessClock(docWith('2026-11-23"><script>'))).toBeUndefined();
  });
});
