import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as d from 'docx';
import { readSpreadsheet, SpreadsheetReadError, WORD_PROGRAMME_HEADING, WORD_THEME_HEADING } from '../../src/files';

const SAMPLE = join(__dirname, '../../tools/demo/samples/northmoor-improvement-plan.docx');

const NUMBERING = {
  config: [
    { reference: 'letters', levels: [{ level: 0, format: d.LevelFormat.LOWER_LETTER, text: '(%1)' }] },
    { reference: 'numbers', levels: [{ level: 0, format: d.LevelFormat.DECIMAL, text: '%1.' }] }
  ]
};

async function docxOf(children: Array<d.Paragraph | d.Table>): Promise<Uint8Array> {
  return new Uint8Array(await d.Packer.toArrayBuffer(new d.Document({ numbering: NUMBERING, sections: [{ children }] })));
}

const row = (...cells: string[]): d.TableRow => new d.TableRow({ children: cells.map((text) => new d.TableCell({ children: text.split('\n').map((line) => new d.Paragraph(line)) })) });

describe('reading the adopted plan from Word', () => {
  it('reads the action tables of the sample under their programme headings, passing over the description tables', async () => {
    const sheet = await readSpreadsheet(new Uint8Array(readFileSync(SAMPLE)), 'northmoor-improvement-plan.docx');
    expect(sheet.sheetName).toBe('Word tables 2, 4, 6 and 8');
    expect(sheet.headerRowNumber).toBe(1);
    expect(sheet.headers).toEqual(['Actions', '', 'Lead member/officer', 'Start date', 'End date', WORD_PROGRAMME_HEADING]);
    expect(sheet.rows[0]).toEqual({ rowNumber: 2, cells: ['1.1', 'Publish a short statement of what the council will and will not do from 2027.', 'Chief Executive', 'Commenced', 'March 2027', '1. A shared direction for Northmoor'] });
    const refresh = sheet.rows.find((r) => r.cells[0] === '1.2');
    expect(refresh?.cells.slice(1, 5)).toEqual([
      'Refresh the council plan around the statement of intent, through:\n(a) Workshops with members of every group on the priorities.\n(b) A draft council plan for scrutiny to test.\n(c) Adoption of the council plan at Full Council.',
      'Director of Strategy\nDirector of Strategy\nLeader of the Council',
      'January 2027\nFebruary 2027\nMay 2027',
      'February 2027\nApril 2027\nJuly 2027'
    ]);
    // A row that carries on the action above keeps no programme, so the import joins it to that action.
    const continuation = sheet.rows.find((r) => r.cells[1].startsWith('(a) A review of spans'));
    expect(continuation?.cells).toEqual(['', '(a) A review of spans and layers in adult and children\u2019s services.', '', 'January 2027', 'May 2027', '']);
  });

  it('matches later tables to the first by heading and leaves out repeated heading rows', async () => {
    const bytes = await docxOf([
      new d.Paragraph('1. Direction'),
      new d.Table({ rows: [row('Ref', 'Action', 'Lead', 'End date'), row('1.1', 'Publish the plan', 'Chief Executive', 'March 2027')] }),
      new d.Paragraph('2. Workforce'),
      new d.Table({ rows: [row('Ref', 'Action', 'End date', 'Lead'), row('Ref', 'Action', 'End date', 'Lead'), row('2.1', 'Run a survey', 'June 2027', 'Head of People')] })
    ]);
    const sheet = await readSpreadsheet(bytes, 'plan.docx');
    expect(sheet.headers).toEqual(['Ref', 'Action', 'Lead', 'End date', 'Programme']);
    expect(sheet.rows).toEqual([
      { rowNumber: 2, cells: ['1.1', 'Publish the plan', 'Chief Executive', 'March 2027', '1. Direction'] },
      { rowNumber: 3, cells: ['2.1', 'Run a survey', 'Head of People', 'June 2027', '2. Workforce'] }
    ]);
  });

  it('explains a document with no action table, and a file that is not a Word document', async () => {
    const bytes = await docxOf([new d.Paragraph('Our plan'), new d.Table({ rows: [row('Programme description', 'What the programme does.')] })]);
    await expect(readSpreadsheet(bytes, 'plan.docx')).rejects.toThrow(
      new SpreadsheetReadError('plan.docx has no table of actions: no table starts with headings such as Action, Lead officer, Start date and End date. Give the action table a heading row, or save the plan as a spreadsheet.')
    );
    await expect(readSpreadsheet(new TextEncoder().encode('not a zip'), 'plan.docx')).rejects.toThrow('plan.docx could not be opened as a Word document (.docx). Save it from Word as "Word Document" and try again.');
    await expect(readSpreadsheet(new Uint8Array(), 'plan.pdf')).rejects.toThrow('plan.pdf is not a file the import reads. Save the plan as an Excel workbook (.xlsx), as CSV (.csv) or as a Word document (.docx).');
  });

  it('shows the letters of a list Word numbers itself, each list counting on its own; other lists add nothing', async () => {
    const listCell = (reference: string, instance: number, ...items: string[]): d.TableCell =>
      new d.TableCell({ children: [new d.Paragraph('Do this:'), ...items.map((text) => new d.Paragraph({ text, numbering: { reference, level: 0, instance } }))] });
    const bytes = await docxOf([
      new d.Table({
        rows: [
          row('Ref', 'Action', 'End date'),
          new d.TableRow({ children: [new d.TableCell({ children: [new d.Paragraph('1.1')] }), listCell('letters', 1, 'First', 'Second'), new d.TableCell({ children: [new d.Paragraph('May 2027')] })] }),
          new d.TableRow({ children: [new d.TableCell({ children: [new d.Paragraph('1.2')] }), listCell('letters', 2, 'Third'), new d.TableCell({ children: [new d.Paragraph('June 2027')] })] }),
          new d.TableRow({ children: [new d.TableCell({ children: [new d.Paragraph('1.3')] }), listCell('numbers', 1, 'Fourth'), new d.TableCell({ children: [new d.Paragraph('July 2027')] })] })
        ]
      })
    ]);
    const sheet = await readSpreadsheet(bytes, 'plan.docx');
    expect(sheet.rows.map((r) => r.cells[1])).toEqual(['Do this:\n(a) First\n(b) Second', 'Do this:\n(a) Third', 'Do this:\nFourth']);
  });

  it('reads a styled heading as the theme in a plan without numbered headings, and a numbered one as the programme past a styled "Action plan"', async () => {
    const themed = await readSpreadsheet(
      await docxOf([
        new d.Paragraph({ text: 'Leadership and Culture', heading: d.HeadingLevel.HEADING_1 }),
        new d.Table({ rows: [row('Ref', 'Action', 'Lead'), row('LC.A1', 'Agree the values', 'Chief Executive')] })
      ]),
      'themes.docx'
    );
    expect(themed.headers).toEqual(['Ref', 'Action', 'Lead', WORD_THEME_HEADING]);
    expect(themed.rows[0].cells[3]).toBe('Leadership and Culture');

    const programmes = await readSpreadsheet(
      await docxOf([
        new d.Paragraph({ text: '3. Services redesigned', heading: d.HeadingLevel.HEADING_1 }),
        new d.Paragraph({ text: 'Action plan', heading: d.HeadingLevel.HEADING_2 }),
        new d.Table({ rows: [row('Ref', 'Action', 'Lead'), row('3.1', 'Redesign the front door', 'Director of Adult Services')] })
      ]),
      'programmes.docx'
    );
    expect(programmes.rows[0].cells[3]).toBe('3. Services redesigned');
  });
});
