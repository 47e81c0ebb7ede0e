import { REPORT_RANGE_ARGUMENTS, type Api, type Explanation } from '../../src/api';

/** The arguments that choose the days; `project` means the subject here, not a filter. */
const DAYS = REPORT_RANGE_ARGUMENTS.filter((argument) => argument.name !== 'project');

/**
 * `explain`: how a number of the report is made. The entries (with their lines) whose durations add up to it, and
 * what the journal saw during each: files, languages, branches, commands, agents, idle and unobserved time. The
 * command's work loads on its first run (explainCommand.ts, a chunk of its own): activation only registers it.
 */
export function activate(api: Api): void {
  api.registerCommand({
    name: 'explain',
    description: 'Explain a total of the report: its entries and what the journal saw during each',
    args: [
      ...DAYS,
      { name: 'name', description: 'An activity name (acme: review, lunch**)', type: 'string' },
      {
        name: 'project',
        description: "A project ('' for names without one)",
        type: 'string',
      },
    ],
    handler: async (args, resolve): Promise<Explanation> =>
      (await import('./explainCommand')).explain(api, args, resolve),
    prompt: async (resolve) => (await import('./explainCommand')).promptForSubject(api, resolve),
  });
}
