import type { ActivityTracker } from '../api';
import type { Host } from './host';

/**
 * The tracker as plugins get it: the same state and methods, with each event listener isolated by the host (its
 * error is caught and recorded under the extension that subscribed), as `onDidChangeTimesheet`'s listeners are.
 */
export function isolatedTracker(tracker: ActivityTracker, host: Host): ActivityTracker {
  const subscriber = () => host.callerOf(undefined, new Error().stack);
  const onDidChangeState = host.isolate(tracker.onDidChangeState, subscriber);
  const onDidReturn = host.isolate(tracker.onDidReturn, subscriber);
  return {
    get state() {
      return tracker.state;
    },
    get since() {
      return tracker.since;
    },
    signal: () => tracker.signal(),
    pause: () => tracker.pause(),
    resume: () => tracker.resume(),
    settleAway: (away, choice) => tracker.settleAway(away, choice),
    claimOnce: (key) => tracker.claimOnce(key),
    configure: (options) => tracker.configure(options),
    onDidChangeState,
    onDidReturn,
  };
}
