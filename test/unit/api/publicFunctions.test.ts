// The pure functions of the v1 module (names, formats, Markdown) and what the shared name picker offers.
import * as assert from 'node:assert/strict';
import {
  escapeMarkdown,
  formatDuration,
  formatElapsed,
  formatIsoDate,
  formatTimeOfDay,
  HELLO_NAME,
  parseName,
} from '../../../src/api';
import { parseTimesheet } from '../../../src/core';
import { recentNames } from '../../../src/core/recentNames';
import { nameChoices, NEW_ACTIVITY_LABEL } from '../../../src/pickers/nameChoices';

const MINUTE = 60_000;

suite('api: parseName, formats and the name picker', () => {
  test("parseName splits as utt does, with Python's whitespace", () => {
    assert.deepEqual(parseName('acme: review'), {
      project: 'acme',
      task: 'review',
      type: 'work',
      hello: false,
    });
    assert.deepEqual(parseName('lunch**'), { project: '', task: 'lunch**', type: 'break', hello: false });
    assert.deepEqual(parseName('acme: commute***'), {
      project: 'acme',
      task: 'commute***',
      type: 'ignored',
      hello: false,
    });
    assert.equal(parseName(HELLO_NAME).hello, true);
    // U+001C is whitespace to Python and not to JavaScript's \s; U+FEFF the other way round.
    assert.equal(parseName('acme:\u001creview').project, 'acme');
    assert.equal(parseName('acme:\ufeffreview').project, '');
    assert.equal(parseName('acme:review').project, '', 'a colon and no space: no project');
    assert.equal(parseName('my project: task').project, '', 'no whitespace in a project');
    assert.equal(parseName(' acme: task').project, '', 'the project starts the name');
  });

  test('formats: utt durations (negative too), elapsed times, times of day, ISO days', () => {
    assert.equal(formatDuration(8 * 60 * MINUTE + 5 * MINUTE + 59_000), '8h05');
    assert.equal(formatDuration(26 * 60 * MINUTE), '26h00');
    assert.equal(formatDuration(-20 * MINUTE), '-1h40', "Python's divmod floors");
    assert.equal(formatElapsed(42 * MINUTE), '0:42');
    assert.equal(formatElapsed(-5 * MINUTE), '0:00');
    assert.equal(formatTimeOfDay(new Date(2024, 4, 6, 9, 5, 59)), '09:05');
    assert.equal(formatIsoDate(new Date(2024, 4, 6, 23, 59)), '2024-05-06');
    assert.equal(formatIsoDate(new Date(812, 0, 2)), '0812-01-02');
  });

  test('escapeMarkdown keeps timesheet text literal in tables, hovers and tooltips', () => {
    assert.equal(
      escapeMarkdown('a|b *c* [d](e) $(zap) <b>\nf'),
      'a\\|b \\*c\\* \\[d\\](e) \\$(zap) \\<b\\> f',
    );
  });

  test('the picker offers recent names (projects first, no hello) and the typed text last', () => {
    const { entries } = parseTimesheet(
      [
        '2024-01-02 09:00 hello',
        '2024-01-02 10:00 reading',
        '2024-01-02 11:00 acme: review',
        '2024-01-02 11:30 coffee**',
        '2024-01-02 12:00 reading',
      ].join('\n'),
    );
    const recent = recentNames(entries);
    assert.deepEqual(recent, ['acme: review', 'reading', 'coffee**']);
    const rows = nameChoices(recent, 'acm');
    assert.deepEqual(
      rows.map((row) => row.name),
      ['acme: review', 'reading', 'coffee**', 'acm'],
    );
    const typed = rows.at(-1);
    // Its label matches no typed text, so VS Code's filter ranks it below every recent name that matches.
    assert.deepEqual(typed, { label: NEW_ACTIVITY_LABEL, description: 'acm', name: 'acm', alwaysShow: true });
    assert.ok(!NEW_ACTIVITY_LABEL.includes('acm'));
    assert.equal(nameChoices(recent, 'reading').length, 3, 'a recent name is not offered twice');
    assert.equal(nameChoices(recent, '  ').length, 3, 'blank is no name');
  });
});
