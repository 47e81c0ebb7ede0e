import { REPORT_RANGE_ARGUMENTS, type Api } from '../../src/api';
import { FORMATS } from './formats';

/** utt's own `--csv-section` spellings, exported byte for byte as the `report` command prints them. */
const UTT_SECTIONS = ['per_day', 'per-day', 'per_task', 'per-task'];

/**
 * `export`: the report of a range as CSV, JSON or Markdown, or its billing (hours per project and day, rounded and
 * priced by the `timekeeper.billing.*` settings) as CSV or Markdown, to a file (a save dialog, or `path`) or the
 * clipboard. The work loads on the first export (exportCommand.ts and the prompt are chunks of their own).
 */
export function activate(api: Api): void {
  api.registerCommand({
    name: 'export',
    description: 'Export the report as CSV, JSON or Markdown, or its billing, to a file or the clipboard',
    args: [
      {
        name: 'format',
        description: 'What to write',
        type: 'string',
        required: true,
        choices: [...FORMATS],
      },
      {
        name: 'destination',
        description: 'A file (a save dialog unless `path` is given) or the clipboard',
        type: 'string',
        choices: ['file', 'clipboard'],
      },
      { name: 'path', description: 'The file to write, without a dialog', type: 'string' },
      {
        name: 'csvSection',
        description: 'CSV only: every activity (default), or one of utt’s sections',
        type: 'string',
        choices: ['activities', ...UTT_SECTIONS],
      },
      ...REPORT_RANGE_ARGUMENTS,
    ],
    handler: async (args, resolve) => (await import('./exportCommand')).runExport(api, args, resolve),
    prompt: async (resolve) => (await import('./exportPrompt')).promptForExport(api, resolve),
  });
}
