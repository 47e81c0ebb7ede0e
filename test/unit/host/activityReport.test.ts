// reportActivity's input: what another extension may report, how it is journaled, and the messages for bad input.
import * as assert from 'node:assert/strict';
import type { ActivityReport } from '../../../src/api';
import { MAX_DETAIL_LENGTH, reportedSignal } from '../../../src/host/activityReport';

const from = { extensionId: 'acme.chat' };
const at = Date.UTC(2024, 4, 2, 10, 0);

suite('host: reported activity', () => {
  test('a known kind is journaled as the person’s, from the reporting extension, in the window’s folder', () => {
    assert.deepEqual(
      reportedSignal({ kind: 'chat', detail: ' Copilot Chat ' }, from, at, { folder: 'acme' }),
      {
        folder: 'acme',
        time: at,
        kind: 'chat',
        actor: 'person',
        source: 'acme.chat',
        detail: 'Copilot Chat',
      },
    );
    assert.equal(reportedSignal({ kind: 'read' }, from, at, {}).detail, undefined);
  });

  test('an unknown kind is journaled as other, named in the detail when there is none', () => {
    assert.deepEqual(reportedSignal({ kind: 'review' }, from, at, {}), {
      time: at,
      kind: 'other',
      actor: 'person',
      source: 'acme.chat',
      detail: 'review',
    });
    assert.equal(reportedSignal({ kind: 'review', detail: 'PR 12' }, from, at, {}).detail, 'PR 12');
  });

  test('bad input is refused with a message saying what to pass', () => {
    const refused = (activity: unknown, options: unknown, message: RegExp) =>
      assert.throws(
        () => reportedSignal(activity as ActivityReport, options as typeof from, at, {}),
        message,
      );
    refused({ kind: 'chat' }, undefined, /extensionId.*context\.extension\.id/);
    refused({ kind: 'chat' }, { extensionId: ' ' }, /extensionId/);
    refused(undefined, from, /expects \{ kind, detail\? \}/);
    refused({}, from, /kind must be a non-empty string/);
    refused({ kind: 7 }, from, /kind must be a non-empty string.*got 7/);
    refused({ kind: 'agent' }, from, /person's work/);
    refused({ kind: 'chat', detail: 42 }, from, /detail must be a string.*got number/);
    refused({ kind: 'chat', detail: 'x'.repeat(MAX_DETAIL_LENGTH + 1) }, from, /at most 200 characters/);
  });
});
