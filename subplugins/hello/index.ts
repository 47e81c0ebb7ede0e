import { HELLO_NAME, type Api } from '../../src/api';

/** utt's `hello`: starts the day with a `hello` entry at the current time. */
export function activate(api: Api): void {
  api.registerCommand({
    name: 'hello',
    description: 'Start the day: add a "hello" entry now',
    async handler(_args, resolve) {
      await resolve(api.tokens.Timesheet).append({ date: resolve(api.tokens.Now), name: HELLO_NAME });
    },
  });
}
