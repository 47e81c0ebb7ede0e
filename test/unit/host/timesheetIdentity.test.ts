import * as assert from 'node:assert/strict';
import type { DataFileChange } from '../../../src/api';
import { TimesheetIdentity } from '../../../src/host/timesheetIdentity';

/** A listener or a read that fails fails the test. */
const rethrow = (error: unknown): never => {
  throw error;
};

suite('TimesheetIdentity', () => {
  test('resolves once, then only when told that something deciding the path changed', () => {
    let resolves = 0;
    let file = '/a/utt.log';
    const identity = new TimesheetIdentity(() => {
      resolves++;
      return file;
    }, rethrow);
    assert.equal(identity.path, '/a/utt.log');
    assert.equal(identity.path, '/a/utt.log');
    assert.equal(resolves, 1, 'reading the path does not resolve the component again');
    file = '/b/utt.log';
    assert.equal(identity.path, '/a/utt.log', 'a path nobody announced is not taken');
    identity.recheck();
    assert.equal(identity.path, '/b/utt.log');
    assert.equal(resolves, 2);
  });

  test('listeners hear a new path with the one before, and nothing when the path stayed', () => {
    let file = '/a/utt.log';
    const identity = new TimesheetIdentity(() => file, rethrow);
    const heard: DataFileChange[] = [];
    identity.onDidChange((change) => heard.push(change));
    identity.recheck();
    identity.recheck();
    file = '/b/utt.log';
    identity.recheck();
    assert.deepEqual(heard, [
      { path: '/a/utt.log', previous: undefined },
      { path: '/b/utt.log', previous: '/a/utt.log' },
    ]);
  });

  test('a component that throws is the reader’s error, and the next path that resolves is news', () => {
    let broken = false;
    const identity = new TimesheetIdentity(() => {
      if (broken) throw new Error('the plugin’s Timesheet failed');
      return '/a/utt.log';
    }, rethrow);
    const heard: string[] = [];
    identity.onDidChange(({ path }) => heard.push(path));
    assert.equal(identity.path, '/a/utt.log');
    broken = true;
    identity.recheck();
    assert.throws(() => identity.path, /the plugin’s Timesheet failed/);
    broken = false;
    identity.recheck();
    assert.deepEqual(heard, ['/a/utt.log']);
    assert.equal(identity.path, '/a/utt.log');
  });
});
