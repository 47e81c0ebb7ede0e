import type { Api } from '../../src/api';
import { suggestCommand } from './suggestCommand';

/** The ledger's commands: suggestions for the time the timesheet does not cover yet. */
export function activate(api: Api): void {
  api.registerCommand(suggestCommand(api));
}
