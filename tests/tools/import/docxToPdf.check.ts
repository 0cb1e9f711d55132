/**
 * CI check (not a jest suite): builds the theme progress summary .docx from the Eastmere fixture,
 * converts it with Debian's LibreOffice and checks the PDF shows every theme.
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
import { buildThemeSummaryDocx } from '../../../src/export';
import { EASTMERE_THEMES } from '../../fixtures/import/make-fixtures';
import { eastmereReport } from '../../export/fixturePlan';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ipt-docx-'));
  try {
    const docx = join(dir, 'theme-summary.docx');
    writeFileSync(docx, await buildThemeSummaryDocx(await eastmereReport()));
    execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'inherit', timeout: 180_000 });
    const pdf = join(dir, 'theme-summary.pdf');
    if (readFileSync(pdf).subarray(0, 5).toString() !== '%PDF-') throw new Error('LibreOffice did not write a PDF.');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const missing = EASTMERE_THEMES.filter((t) => !text.includes(`${t.code} ${t.name}`));
    if (missing.length) throw new Error(`The PDF does not show: ${missing.map((t) => t.name).join(', ')}.`);
    console.log(`PDF made from the .docx shows all ${EASTMERE_THEMES.length} themes.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
