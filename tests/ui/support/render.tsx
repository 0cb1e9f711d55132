import * as React from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ImprovementPlanApp, type ImprovementPlanAppProps } from '../../../src/ui';

/** 23 Nov 2026, 10:00 London: GV.A2 (due 30 Sep 2026) is overdue, GV.A1 is on track. */
export const NOW = new Date('2026-11-23T10:00:00Z');

// jsdom lacks these browser APIs that Fluent's overlays use.
if (typeof window !== 'undefined') {
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, onchange: null, addListener: () => undefined, removeListener: () => undefined, addEventListener: () => undefined, removeEventListener: () => undefined, dispatchEvent: () => false })) as typeof window.matchMedia;
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
    public observe(): void {}
    public unobserve(): void {}
    public disconnect(): void {}
  };
}

/** Renders the whole app in a Fluent provider with a fixed clock. */
export function renderApp(props: Partial<ImprovementPlanAppProps> & Pick<ImprovementPlanAppProps, 'services'>): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ImprovementPlanApp hostKind="teams" now={() => NOW} actionLink={(id) => `https://example.test/?action=${id}`} {...props} />
    </FluentProvider>
  );
}
