/** @jest-environment jsdom */
import * as React from 'react';
import { act, render } from '@testing-library/react';
import { useLatestPromise, type Settled } from '../../../src/ui/hooks/useLatestPromise';

/** A promise the test settles by hand, to play answers back in any order. */
function deferred<T>(): { promise: Promise<T>; resolve(value: T): void; reject(error: unknown): void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function probe(reads: Map<string, Promise<string>>, settled: Settled<string>[]): React.FC<{ id: string }> {
  return ({ id }) => {
    useLatestPromise(
      () => reads.get(id),
      (outcome) => settled.push(outcome),
      [id]
    );
    return null;
  };
}

describe('useLatestPromise', () => {
  it('hands on only the latest answer: a slow answer for an earlier input is dropped', async () => {
    const first = deferred<string>();
    const second = deferred<string>();
    const settled: Settled<string>[] = [];
    const Probe = probe(new Map([['a', first.promise], ['b', second.promise]]), settled);
    const view = render(React.createElement(Probe, { id: 'a' }));
    view.rerender(React.createElement(Probe, { id: 'b' }));
    await act(async () => {
      second.resolve('answer for b');
      first.resolve('late answer for a');
      await Promise.all([first.promise, second.promise]);
    });
    expect(settled).toEqual([{ ok: true, value: 'answer for b' }]);
  });

  it('hands on a failure with its error, and nothing once the component has gone', async () => {
    const failing = deferred<string>();
    const afterUnmount = deferred<string>();
    const settled: Settled<string>[] = [];
    const Probe = probe(new Map([['a', failing.promise], ['b', afterUnmount.promise]]), settled);
    const view = render(React.createElement(Probe, { id: 'a' }));
    const error = new Error('503 Service Unavailable');
    await act(async () => {
      failing.reject(error);
      await failing.promise.catch(() => undefined);
    });
    expect(settled).toEqual([{ ok: false, error }]);
    view.rerender(React.createElement(Probe, { id: 'b' }));
    view.unmount();
    await act(async () => {
      afterUnmount.resolve('too late');
      await afterUnmount.promise;
    });
    expect(settled).toHaveLength(1);
  });

  it('waits for nothing when there is nothing to read', () => {
    const settled: Settled<string>[] = [];
    const Probe = probe(new Map(), settled);
    render(React.createElement(Probe, { id: 'none' }));
    expect(settled).toEqual([]);
  });
});
