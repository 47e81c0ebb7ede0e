import * as assert from 'node:assert/strict';
import {
  spokenStatus,
  statusText,
  type Localizer,
  type StatusNumbers,
} from '../../../subplugins/statusbar/statusText';

/** `vscode.l10n` in English: the text with its `{n}` filled in (test/unit/l10n has the German). */
const english: Localizer = {
  t: (message, ...args) => message.replace(/\{(\d+)\}/g, (_, index: string) => String(args[Number(index)])),
};

const MINUTE = 60_000;
const numbers = (extra: Partial<StatusNumbers> = {}): StatusNumbers => ({
  started: true,
  state: 'active',
  current: 42 * MINUTE,
  today: (5 * 60 + 12) * MINUTE,
  goal: 0,
  ...extra,
});

suite('status bar: the text and what a screen reader says', () => {
  test('the text follows the format, and idle and paused always show', () => {
    const format = '$(watch) ${current} · ${today}';
    assert.equal(statusText(format, numbers(), english), '$(watch) 0:42 · 5h12');
    assert.equal(statusText('${today} ${goal}', numbers({ goal: 8 * 60 * MINUTE }), english), '5h12 65%');
    assert.equal(statusText(format, numbers({ state: 'idle' }), english), '$(watch) 0:42 · 5h12 · idle');
    assert.equal(
      statusText(format, numbers({ state: 'paused' }), english),
      '$(debug-pause) Paused 0:42 · 5h12',
    );
    assert.equal(statusText(format, numbers({ started: false }), english), '$(watch) Start the day');
  });

  test('the spoken label says the numbers in words, without icon names', () => {
    assert.equal(
      spokenStatus(numbers(), english),
      'Timekeeper: current activity 42 minutes, today 5 hours 12 minutes',
    );
    assert.equal(
      spokenStatus(
        numbers({ current: MINUTE, today: 61 * MINUTE, goal: 2 * 60 * MINUTE, state: 'idle' }),
        english,
      ),
      'Timekeeper: current activity 1 minute, today 1 hour 1 minute, 50 percent of the daily goal, you are idle',
    );
    assert.equal(
      spokenStatus(numbers({ current: 0, today: 0, state: 'paused' }), english),
      'Timekeeper: current activity 0 minutes, today 0 minutes, tracking paused',
    );
    assert.equal(
      spokenStatus(numbers({ started: false }), english),
      'Timekeeper: no entry today. Activate to start the day.',
    );
    for (const label of [
      spokenStatus(numbers(), english),
      spokenStatus(numbers({ state: 'paused' }), english),
    ]) {
      assert.doesNotMatch(label, /\$\(|·/);
    }
  });
});
