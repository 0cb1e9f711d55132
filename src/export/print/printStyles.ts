/**
 * A print stylesheet that turns the members' view into a readable pack: A4 portrait, black text
 * on white, no navigation or buttons, each theme starting a new page, table headings repeated on
 * every page, rows kept whole, links followed by their address, and ratings printed as words
 * (colour is never the only cue). Hosts add it with a `<style media="print">` element.
 *
 * Class names the views should use: `ipt-no-print` (anything interactive), `ipt-theme` (one
 * theme's section), `ipt-rating` (a rating badge), `ipt-keep` (a block that must not split).
 */
export const PRINT_STYLESHEET: string = `
@page { size: A4 portrait; margin: 18mm 15mm 20mm 15mm; }
@media print {
  html, body { background: #fff !important; color: #000 !important; font: 11pt/1.4 Arial, Helvetica, sans-serif; }
  nav, header[role="banner"], footer, button, [role="toolbar"], [role="tablist"], .ipt-no-print { display: none !important; }
  * { box-shadow: none !important; text-shadow: none !important; }
  h1 { font-size: 18pt; margin: 0 0 6mm; }
  h2 { font-size: 14pt; margin: 6mm 0 3mm; }
  h3 { font-size: 12pt; margin: 4mm 0 2mm; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  .ipt-theme { break-before: page; page-break-before: always; }
  .ipt-theme:first-of-type { break-before: auto; page-break-before: auto; }
  table { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
  thead { display: table-header-group; }
  tr, .ipt-keep { break-inside: avoid; page-break-inside: avoid; }
  th, td { border: 0.5pt solid #555; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
  th { background: #eee !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .ipt-rating { border: 0.75pt solid #000; padding: 0 1.5mm; font-weight: bold; background: none !important; color: #000 !important; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 8.5pt; word-break: break-all; }
  p, li { orphans: 3; widows: 3; }
}
`;
