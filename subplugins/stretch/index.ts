import type { Api } from '../../src/api';

/** utt's `stretch`: extends the last activity up to now by adding its name (and comment) again. */
export function activate(api: Api): void {
  api.registerCommand({
    name: 'stretch',
    description: 'Stretch the last activity up to now',
    async handler(_args, resolve) {
      const timesheet = resolve(api.tokens.Timesheet);
      const last = (await timesheet.entries()).at(-1);
      if (!last) {
        throw new Error('No entry to stretch: the timesheet is empty. Start the day with "hello" first.');
      }
      const entry = {
        date: resolve(api.tokens.Now),
        name: last.name,
        ...(last.comment ? { comment: last.comment } : {}),
      };
      await timesheet.append(entry);
      const text = `stretched ${timesheet.format(last)}\n        → ${timesheet.format(entry)}\n`;
      resolve(api.tokens.Output).write(text);
      return text;
    },
  });
}
