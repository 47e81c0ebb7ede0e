/** The export formats, their file extensions and the names the save dialog and messages use. */
export type Format = 'csv' | 'json' | 'markdown';

export const EXTENSIONS: Readonly<Record<Format, string>> = { csv: 'csv', json: 'json', markdown: 'md' };
export const FORMAT_NAMES: Readonly<Record<Format, string>> = {
  csv: 'CSV',
  json: 'JSON',
  markdown: 'Markdown',
};
