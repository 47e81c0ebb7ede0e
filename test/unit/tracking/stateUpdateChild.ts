// Updates the shared state in a process of its own (run as another user, so that file permissions apply even when
// the tests run as root) and prints what happened. Usage: node --import tsx stateUpdateChild.ts <state file>
import { SharedStateFile } from '../../../src/tracking/sharedStateFile';

new SharedStateFile(String(process.argv[2]))
  .update((state) => ({ ...state, lastActivity: state.lastActivity + 1 }))
  .then(
    () => process.stdout.write('updated'),
    (error: unknown) => process.stdout.write(`error: ${String(error)}`),
  );
