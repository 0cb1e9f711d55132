import * as React from 'react';
import { usePrintStylesheet } from '../views/reports/printStylesheet';

/**
 * Printing the members' pack: `print()` puts the pack on the page, the browser's print dialog
 * opens once it is drawn, and the view comes back after it.
 */
export function usePrinting(): { printing: boolean; print(): void } {
  const [printing, setPrinting] = React.useState(false);
  usePrintStylesheet();
  React.useEffect(() => {
    if (!printing) return;
    window.print();
    setPrinting(false);
  }, [printing]);
  const print = React.useCallback(() => setPrinting(true), []);
  return { printing, print };
}
