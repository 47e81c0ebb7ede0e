import { REPORT_RANGE_ARGUMENTS, type Api, type Output } from '../../src/api';

/** utt's `report`: builds the report model, renders it through `ReportView` to `Output`, and returns the text. */
export function activate(api: Api): void {
  api.registerCommand({
    name: 'report',
    description: 'Report the time spent on a day or a range: summary, projects, activities, details',
    args: [
      ...REPORT_RANGE_ARGUMENTS,
      { name: 'perDay', description: 'Show the time per day', type: 'boolean' },
      { name: 'details', description: 'Show the details of each activity', type: 'boolean' },
      { name: 'comments', description: 'Show the comments of the entries', type: 'boolean' },
      {
        name: 'csvSection',
        description: 'Output one section as CSV',
        type: 'string',
        choices: ['per_day', 'per-day', 'per_task', 'per-task'],
      },
      { name: 'noCurrentActivity', description: 'Leave the current activity out', type: 'boolean' },
      { name: 'currentActivity', description: 'Name for the current activity', type: 'string' },
    ],
    async handler(args, resolve) {
      const now = resolve(api.tokens.Now);
      const entries = await resolve(api.tokens.Timesheet).entries();
      const model = resolve(api.tokens.ReportBuilder).build(entries, args, now);
      // The view may write in pieces; the command writes the whole text once and returns it.
      let text = '';
      const capture: Output = { write: (piece) => (text += piece) };
      resolve(api.tokens.ReportView).render(model, capture);
      resolve(api.tokens.Output).write(text);
      return text;
    },
    prompt: async () => {
      const args = await api.pickReportRange();
      return args && { ...args };
    },
  });
}
