import * as React from 'react';

/** Options of {@link useWindowedRows}. */
export interface WindowOptions {
  /** Rows in the list. */
  count: number;
  /** Height of one row in pixels (rows are a fixed height). */
  rowHeight: number;
  /** Rows rendered beyond each edge of the visible area, so keyboard focus can move on smoothly. */
  overscan?: number;
  /** Below this many rows everything is rendered. */
  threshold?: number;
  /** Height assumed before the container can be measured. */
  fallbackHeight?: number;
}

/** The rows to render and the space standing in for the rest. */
export interface RowWindow {
  start: number;
  end: number;
  padTop: number;
  padBottom: number;
  windowed: boolean;
  /** Attach to the scrolling container. */
  onScroll: React.UIEventHandler<HTMLElement>;
  containerRef: React.RefObject<HTMLDivElement>;
}

/** Works out the slice of rows visible at a scroll position. Pure, for tests. */
export function rowWindow(count: number, scrollTop: number, viewport: number, rowHeight: number, overscan: number): { start: number; end: number } {
  const visible = Math.max(1, Math.ceil(viewport / rowHeight));
  const first = Math.min(Math.floor(Math.max(0, scrollTop) / rowHeight), Math.max(0, count - visible));
  return { start: Math.max(0, first - overscan), end: Math.min(count, first + visible + overscan) };
}

/**
 * Renders only the rows near the visible part of a scrolling container, so a theme with a
 * thousand actions scrolls as smoothly as one with ten. Small lists are rendered whole.
 */
export function useWindowedRows({ count, rowHeight, overscan = 8, threshold = 60, fallbackHeight = 640 }: WindowOptions): RowWindow {
  const containerRef = React.useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = React.useState(0);
  const frame = React.useRef<number | undefined>();
  const onScroll = React.useCallback((event: React.UIEvent<HTMLElement>) => {
    const top = event.currentTarget.scrollTop;
    if (typeof requestAnimationFrame === 'undefined') {
      setScrollTop(top);
      return;
    }
    if (frame.current !== undefined) cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setScrollTop(top));
  }, []);
  React.useEffect(() => () => {
    if (frame.current !== undefined && typeof cancelAnimationFrame !== 'undefined') cancelAnimationFrame(frame.current);
  }, []);
  if (count <= threshold) return { start: 0, end: count, padTop: 0, padBottom: 0, windowed: false, onScroll, containerRef };
  const viewport = containerRef.current?.clientHeight || fallbackHeight;
  const { start, end } = rowWindow(count, scrollTop, viewport, rowHeight, overscan);
  return { start, end, padTop: start * rowHeight, padBottom: (count - end) * rowHeight, windowed: true, onScroll, containerRef };
}
