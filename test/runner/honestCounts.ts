// What a mocha run really did, for the closing line of scripts/test.sh: shared by the unit runner
// (test/runner/unit.mjs) and the integration bootstrap (test/integration/index.ts).
//
// mocha's own stats hide two things: a test that fails and then passes on a retry counts as passed (mocha emits
// `retry`, not `fail`), and a skipped test is only "pending". Here a retry's first failure is a failure (retries are
// forbidden: a flaky test is fixed by waiting for the state it needs), and a skip — which `forbidPending` already
// turns into a failure — is also counted as skipped, so the line says why a run failed.
import type * as Mocha from 'mocha';

export interface CountedFailure {
  readonly title: string;
  readonly error: string;
}

export interface HonestCounts {
  passed: number;
  /** Failures, including skips (forbidden) and the first failure of every retried test. */
  failed: number;
  /** Tests that did not run: `this.skip()`, `test.skip`, a test without a body, a skipped hook. */
  skipped: number;
  /** Tests that failed and were run again (`this.retries(n)`): forbidden, each counted as failed. */
  retried: number;
  readonly failures: CountedFailure[];
}

/** mocha's message when `forbidPending` meets a skipped test. */
const forbiddenSkipMessage = 'Pending test forbidden';

/** The options every mocha run of this project uses: `.only` and skips fail the run instead of hiding tests. */
export const honestMochaOptions = { forbidOnly: true, forbidPending: true } as const;

/**
 * Counts a mocha run from its events. `describeError` turns an error into the text kept for the summary (the
 * integration bootstrap maps stacks back to the sources).
 */
export function countHonestly(
  runner: Mocha.Runner,
  describeError: (error: Error) => string = (error) => error.stack ?? String(error),
): HonestCounts {
  const counts: HonestCounts = { passed: 0, failed: 0, skipped: 0, retried: 0, failures: [] };
  // A retried test's later runs are clones with the same full title.
  const retriedTitles = new Set<string>();
  runner.on('retry', (test: Mocha.Test, error: Error) => {
    counts.retried++;
    if (retriedTitles.has(test.fullTitle())) return;
    retriedTitles.add(test.fullTitle());
    counts.failed++;
    counts.failures.push({
      title: test.fullTitle(),
      error: `failed, then retried (retries are forbidden: wait for the state the test needs): ${describeError(error)}`,
    });
  });
  runner.on('pass', (test: Mocha.Test) => {
    if (!retriedTitles.has(test.fullTitle())) counts.passed++;
  });
  runner.on('fail', (runnable: Mocha.Runnable, error: Error) => {
    // A retried test that fails again was counted at its first failure.
    if (retriedTitles.has(runnable.fullTitle())) return;
    counts.failed++;
    if (error?.message === forbiddenSkipMessage) {
      counts.skipped++;
      counts.failures.push({
        title: runnable.fullTitle(),
        error:
          'skipped (this.skip(), test.skip or a skipped hook): skipping is forbidden, a test runs or fails',
      });
      return;
    }
    counts.failures.push({ title: runnable.fullTitle(), error: error ? describeError(error) : 'failed' });
  });
  return counts;
}
