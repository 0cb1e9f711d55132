/**
 * CI check (not a jest suite): builds the theme progress summary and the return to government
 * .docx from the Eastmere fixture, converts each with Debian's LibreOffice and checks the PDF
 * shows every theme, the page numbers and, in the return, every recommendation's reference.
 *
 *   npx tsx tests/tools/import/docxToPdf.check.ts
 *
 * Needs `libreoffice` (apt-get install libreoffice-writer-nogui) and `pdftotext` (poppler-utils)
 * on PATH. Exits 1 with the reason on any failure.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReturnDocx, buildThemeSummaryDocx } from '../../../src/export';
import { EASTMERE_THEMES } from '../../fixtures/import/make-fixtures';
import { eastmereReport, eastmereReturn } from '../../export/fixturePlan';

/** Converts a .docx to PDF with LibreOffice and returns the PDF's text, laid out. */
function pdfText(dir: string, name: string, bytes: Uint8Array): string {
  const docx = join(dir, `${name}.docx`);
  writeFileSync(docx, bytes);
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'inherit', timeout: 180_000 });
  const pdf = join(dir, `${name}.pdf`);
  if (readFileSync(pdf).subarray(0, 5).toString() !== '%PDF-') throw new Error(`LibreOffice did not write a PDF of the ${name}.`);
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

function expectShows(what: string, text: string, wanted: readonly string[]): void {
  const missing = wanted.filter((w) => !text.includes(w));
  if (missing.length) throw new Error(`The PDF of the ${what} does not show: ${missing.join(', ')}.`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ipt-docx-'));
  try {
    const themes = EASTMERE_THEMES.map((t) => `${t.code} ${t.name}`);
    const summary = pdfText(dir, 'theme-summary', await buildThemeSummaryDocx(await eastmereReport()));
    expectShows('theme summary', summary, [...themes, 'Page 1 of']);
    console.log(`PDF made from the theme summary .docx shows all ${EASTMERE_THEMES.length} themes and its page numbers.`);
    const r = await eastmereReturn();
    const references = r.recommendations.map((x) => x.recommendation.reference);
    const returned = pdfText(dir, 'return-to-government', await buildReturnDocx(r));
    expectShows('return to government', returned, [...references.map((ref) => `${ref} (`), ...themes, 'Page 1 of']);
    console.log(`PDF made from the return to government .docx shows all ${references.length} recommendations, ${EASTMERE_THEMES.length} themes and its page numbers.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
