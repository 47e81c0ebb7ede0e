import type { Api } from '../../src/api';

/** utt's `add`: ends the current activity now, under the given name. */
export function activate(api: Api): void {
  api.registerCommand({
    name: 'add',
    description: 'Add an entry now: the activity that just ended',
    args: [
      {
        name: 'name',
        description: 'Activity name, e.g. "project: task", "lunch**" (break), "commute***" (ignored)',
        type: 'string',
        required: true,
      },
      { name: 'comment', description: 'A comment for the entry', type: 'string' },
    ],
    async handler(args, resolve) {
      const comment =
        typeof args.comment === 'string' && args.comment.trim() !== '' ? args.comment : undefined;
      await resolve(api.tokens.Timesheet).append({
        date: resolve(api.tokens.Now),
        name: String(args.name),
        ...(comment === undefined ? {} : { comment }),
      });
    },
    prompt: async () => {
      const picked = await api.pickActivity({
        title: 'Timekeeper: Add Entry',
        placeholder: 'What did you just finish? Pick a recent activity or type a new name',
        commentTitle: (name) => `Timekeeper: Add "${name}"`,
      });
      return picked && { ...picked };
    },
  });
}
