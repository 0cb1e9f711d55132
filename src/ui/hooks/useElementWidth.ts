import * as React from 'react';

/**
 * The width of an element, kept current with ResizeObserver (the web part's column, not the
 * window, decides the layout). Undefined until measured, and where ResizeObserver is missing.
 */
export function useElementWidth<T extends HTMLElement>(): [React.RefObject<T>, number | undefined] {
  const ref = React.useRef<T>(null);
  const [width, setWidth] = React.useState<number | undefined>();
  React.useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width;
      if (measured) setWidth(Math.round(measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
