/**
 * A spreadsheet read into plain text cells, whatever file it came from. Row numbers are the ones
 * a person sees in Excel or a text editor, so every problem can be found in the original file.
 */
export interface SheetRow {
  /** Row number in the file (1-based, counting the heading row and any rows above it). */
  readonly rowNumber: number;
  /** Cell text by column position, aligned with {@link Sheet.headers}; empty cells are `''`. */
  readonly cells: readonly string[];
}

/** One worksheet (or a CSV file) as headings and rows of text. */
export interface Sheet {
  /** Name of the file read. */
  readonly fileName: string;
  /** Worksheet read (`'CSV'` for a CSV file). */
  readonly sheetName: string;
  /** Row number of the heading row. */
  readonly headerRowNumber: number;
  /** Column headings, trimmed, by position. */
  readonly headers: readonly string[];
  /** Rows below the headings that hold at least one value. */
  readonly rows: readonly SheetRow[];
}

/** The spreadsheet column letter of a 0-based column position: 0 is `A`, 26 is `AA`. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
