/**
 * Minimal browser APIs jsdom lacks and Fluent UI v9 uses (overlays, drawers, tab indicators).
 * Imported at the top of every component suite (jest.config.js stays untouched).
 */
import { webcrypto } from 'node:crypto';
import { TextEncoder } from 'node:util';
import { configure } from '@testing-library/react';

// jsdom has neither `crypto.subtle` nor `TextEncoder`; sealing and checking closed periods need both.
if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
if (typeof globalThis.TextEncoder === 'undefined') Object.defineProperty(globalThis, 'TextEncoder', { value: TextEncoder, configurable: true });

if (typeof window !== 'undefined') {
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false
  })) as unknown as typeof window.matchMedia;

  class NoopObserver {
    public observe(): void {}
    public unobserve(): void {}
    public disconnect(): void {}
    public takeRecords(): [] {
      return [];
    }
  }
  const g = globalThis as Record<string, unknown>;
  g.ResizeObserver ??= NoopObserver;
  g.IntersectionObserver ??= NoopObserver;
  Element.prototype.scrollIntoView ??= function scrollIntoView(): void {};
  Element.prototype.scrollTo ??= function scrollTo(): void {};
}

// Fluent's overlays take a while to mount on a busy two-core machine; wait longer than 1 s for them.
configure({ asyncUtilTimeout: 10000 });
jest.setTimeout(30000);
