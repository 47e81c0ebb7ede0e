import * as assert from 'node:assert/strict';
import Mocha from 'mocha';
import { countHonestly, honestMochaOptions, type HonestCounts } from '../../runner/honestCounts';

/*
 * The counts behind the closing line of scripts/test.sh, from real mocha runs of small suites built here: a pass, a
 * failure, a skip (forbidden, so also a failure), a retried test (its first failure is a failure), `.only`.
 */

/** A reporter that prints nothing (mocha's base reporter only keeps stats): the inner runs stay out of this output. */
class Silent extends Mocha.reporters.Base {}

function counted(tests: Record<string, Mocha.Func | undefined>, retries = 0): Promise<HonestCounts> {
  const mocha = new Mocha({ reporter: Silent, ...honestMochaOptions });
  const suite = Mocha.Suite.create(mocha.suite, 'inner');
  suite.retries(retries);
  for (const [title, body] of Object.entries(tests)) suite.addTest(new Mocha.Test(title, body));
  return new Promise((resolve) => {
    const runner = mocha.run(() => resolve(counts));
    const counts = countHonestly(runner, (error) => error.message);
  });
}

suite('test runner: honest counts', () => {
  test('a pass and a failure count as such', async () => {
    const counts = await counted({
      passes: () => {},
      fails: () => {
        throw new Error('wrong');
      },
    });
    assert.deepEqual(counts, {
      passed: 1,
      failed: 1,
      skipped: 0,
      retried: 0,
      failures: [{ title: 'inner fails', error: 'wrong' }],
    });
  });

  test('this.skip() and a test without a body count as skipped, and as failed', async () => {
    const counts = await counted({
      skips: function (this: Mocha.Context) {
        this.skip();
      },
      'has no body': undefined,
      passes: () => {},
    });
    assert.deepEqual(
      { passed: counts.passed, failed: counts.failed, skipped: counts.skipped },
      { passed: 1, failed: 2, skipped: 2 },
    );
    assert.deepEqual(
      counts.failures.map((failure) => failure.title),
      ['inner skips', 'inner has no body'],
    );
  });

  test('a test that fails, then passes on a retry, counts as failed, not passed', async () => {
    let runs = 0;
    const counts = await counted(
      {
        'flaky once': () => {
          runs++;
          if (runs === 1) throw new Error('first run');
        },
      },
      2,
    );
    assert.equal(runs, 2);
    assert.deepEqual(
      { passed: counts.passed, failed: counts.failed, retried: counts.retried },
      { passed: 0, failed: 1, retried: 1 },
    );
    assert.match(counts.failures[0].error, /retried .*first run/);
  });

  test('a test that fails on every retry counts once, as failed', async () => {
    const counts = await counted(
      {
        'always fails': () => {
          throw new Error('again');
        },
      },
      2,
    );
    assert.deepEqual(
      {
        passed: counts.passed,
        failed: counts.failed,
        retried: counts.retried,
        failures: counts.failures.length,
      },
      { passed: 0, failed: 1, retried: 2, failures: 1 },
    );
  });

  test('.only is refused while the tests are defined', () => {
    const mocha = new Mocha({ reporter: Silent, ui: 'tdd', ...honestMochaOptions });
    const context: Record<string, unknown> = {};
    mocha.suite.emit('pre-require', context, 'inline.test.ts', mocha);
    const only = (context.test as { only: (title: string, body: () => void) => void }).only;
    assert.throws(() => only('focused', () => {}), /`\.only` forbidden/);
  });
});
