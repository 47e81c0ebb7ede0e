/*
 * CSV as utt writes it (Python's csv module): CRLF line ends, fields quoted only where needed. The exports' own
 * tables share these cells; utt's sections are written by utt's report, raw.
 */

export function csvRow(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/**
 * A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and a tab or carriage return before them) as a
 * formula: a name like `=HYPERLINK(…)` in a timesheet must not become a live link or a command in Excel, LibreOffice
 * or Google Sheets. A leading apostrophe makes such a cell text in all three (OWASP's advice for CSV injection).
 */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Python's QUOTE_MINIMAL, as utt's sections: quoted when a comma, quote or line break is in it; quotes doubled. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
