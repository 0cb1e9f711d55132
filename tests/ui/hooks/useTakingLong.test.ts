/** @jest-environment jsdom */
import * as React from 'react';
import { act, render } from '@testing-library/react';
import { useTakingLong } from '../../../src/ui/hooks/useTakingLong';

/** React 17's Testing Library has no renderHook: a probe component holds the hook's latest value. */
function renderHook(use: (props: { busy: boolean }) => boolean, options: { initialProps: { busy: boolean } }): { result: { current: boolean }; rerender(props: { busy: boolean }): void } {
  const result = { current: false };
  const Probe = (props: { busy: boolean }): null => {
    result.current = use(props);
    return null;
  };
  const view = render(React.createElement(Probe, options.initialProps));
  return { result, rerender: (props) => view.rerender(React.createElement(Probe, props)) };
}

describe('useTakingLong', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('turns true only after the work has lasted the given time, and false as soon as it ends', () => {
    const { result, rerender } = renderHook(({ busy }) => useTakingLong(busy, 3000), { initialProps: { busy: true } });
    expect(result.current).toBe(false);
    act(() => jest.advanceTimersByTime(2999));
    expect(result.current).toBe(false);
    act(() => jest.advanceTimersByTime(1));
    expect(result.current).toBe(true);
    rerender({ busy: false });
    expect(result.current).toBe(false);
  });

  it('starts counting again for the next piece of work', () => {
    const { result, rerender } = renderHook(({ busy }) => useTakingLong(busy, 1000), { initialProps: { busy: true } });
    act(() => jest.advanceTimersByTime(800));
    rerender({ busy: false });
    rerender({ busy: true });
    act(() => jest.advanceTimersByTime(800));
    expect(result.current).toBe(false);
    act(() => jest.advanceTimersByTime(200));
    expect(result.current).toBe(true);
  });
});
