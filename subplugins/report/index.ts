import type { Api, Output } from '../../src/api';
import { promptForReport } from './reportPrompt';

/** utt's `report`: builds the report model, renders it through `ReportView` to `Output`, and returns the text. */
export function activate(api: Api): void {
  api.registerCommand({
    name: 'report',
    description: 'Report the time spent on a day or a range: summary, projects, activities, details',
    args: [
      { name: 'date', description: 'A day: YYYY-MM-DD, a weekday name, today or yesterday', type: 'string' },
      { name: 'from', description: 'First day of the range (YYYY-MM-DD)', type: 'string' },
      { name: 'to', description: 'Last day of the range (YYYY-MM-DD)', type: 'string' },
      { name: 'week', description: 'A week: this, prev, a week number or a negative offset', type: 'string' },
      {
        name: 'month',
        description: 'A month: this, prev, YYYY-MM, a month name, a number or a negative offset',
        type: 'string',
      },
      { name: 'project', description: 'Only the activities of this project', type: 'string' },
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
    prompt: (resolve) => promptForReport(api, resolve),
  });
}
