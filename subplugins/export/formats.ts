/** The export formats, their file extensions and the names the save dialog and messages use. */
export type Format = 'csv' | 'json' | 'markdown' | 'billing-csv' | 'billing-markdown';

export const FORMATS: readonly Format[] = ['csv', 'json', 'markdown', 'billing-csv', 'billing-markdown'];

export const EXTENSIONS: Readonly<Record<Format, string>> = {
  csv: 'csv',
  json: 'json',
  markdown: 'md',
  'billing-csv': 'csv',
  'billing-markdown': 'md',
};
export const FORMAT_NAMES: Readonly<Record<Format, string>> = {
  csv: 'CSV',
  json: 'JSON',
  markdown: 'Markdown',
  'billing-csv': 'billing CSV',
  'billing-markdown': 'billing Markdown',
};
