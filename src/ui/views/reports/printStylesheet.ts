import * as React from 'react';
import { PRINT_STYLESHEET } from '../../../export/print/printStyles';

/**
 * The app's own print rules on top of the export layer's stylesheet: whatever theme is on screen
 * (Teams dark included) prints black on white, action titles (link buttons) stay, cards print
 * one under another, and trend charts print as their tables.
 */
export const APP_PRINT_RULES = `
@media print {
  .ipt-app, .ipt-app * { color: #000 !important; background-color: transparent !important; box-shadow: none !important; }
  .ipt-app { padding: 0 !important; min-height: 0 !important; }
  .ipt-app .fui-Card { border: 0.5pt solid #999 !important; break-inside: avoid; page-break-inside: avoid; }
  .ipt-app .fui-MessageBar { border: 0.75pt solid #000 !important; }
  .ipt-app button.fui-Link { display: inline !important; padding: 0 !important; text-align: left !important; }
  .ipt-app ul { grid-template-columns: 1fr !important; }
  .ipt-trend-bars { display: none !important; }
  .ipt-trend-table { position: static !important; width: 100% !important; height: auto !important; margin: 2mm 0 0 !important; clip: auto !important; overflow: visible !important; white-space: normal !important; font-size: 8.5pt !important; }
  .ipt-trend-table th, .ipt-trend-table td { padding: 0.8mm 1.2mm !important; }
  .ipt-trend-table caption { text-align: left; font-weight: bold; }
}
`;

const ELEMENT_ID = 'ipt-print-stylesheet';

/**
 * Adds the print stylesheet to the page while the app is shown, once however many instances of
 * the app the page holds, so printing any view (and the members' pack) gives a readable page.
 */
export function usePrintStylesheet(): void {
  React.useEffect(() => {
    if (document.getElementById(ELEMENT_ID)) return undefined;
    const style = document.createElement('style');
    style.id = ELEMENT_ID;
    style.media = 'print';
    style.textContent = `${PRINT_STYLESHEET}\n${APP_PRINT_RULES}`;
    document.head.appendChild(style);
    return () => style.remove();
  }, []);
}
