// The agent rule: who made an edit, from what VS Code tells about it (no keystrokes, no author).
import * as assert from 'node:assert/strict';
import { editActor, lineBreaks, type EditFacts } from '../../../subplugins/signals/editActor';

/** A keystroke: one character typed at one cursor in the focused window's active editor. */
const typing: EditFacts = {
  inActiveEditor: true,
  focused: true,
  personRecent: true,
  ranges: 1,
  cursors: 1,
  insertedChars: 1,
  insertedLines: 0,
};

suite('signals: the agent rule', () => {
  test('typing in the focused active editor is the person’s', () => {
    assert.equal(editActor(typing), 'person');
    assert.equal(editActor({ ...typing, personRecent: false }), 'person');
  });

  test('an edit of a document that is not in the active editor is the agent’s, even while the person types', () => {
    assert.equal(editActor({ ...typing, inActiveEditor: false }), 'agent');
  });

  test('several ranges at once are the agent’s, unless the person types at as many cursors', () => {
    assert.equal(editActor({ ...typing, ranges: 3, cursors: 1 }), 'agent');
    assert.equal(editActor({ ...typing, ranges: 3, cursors: 3 }), 'person');
  });

  test('a large insert is a paste with the person there, generated text without them', () => {
    const long = { ...typing, insertedChars: 51 };
    const lines = { ...typing, insertedChars: 20, insertedLines: 3 };
    assert.equal(editActor(long), 'person');
    assert.equal(editActor({ ...long, personRecent: false }), 'agent');
    assert.equal(editActor({ ...lines, personRecent: false }), 'agent');
    assert.equal(
      editActor({ ...typing, insertedChars: 50, insertedLines: 2, personRecent: false }),
      'person',
    );
  });

  test('a small edit in a window without the focus is the person’s only if they were there seconds ago', () => {
    assert.equal(editActor({ ...typing, focused: false, personRecent: true }), 'person');
    assert.equal(editActor({ ...typing, focused: false, personRecent: false }), 'agent');
  });

  test('line breaks are counted', () => {
    assert.equal(lineBreaks(''), 0);
    assert.equal(lineBreaks('a'), 0);
    assert.equal(lineBreaks('a\nb\r\nc\n'), 3);
  });
});
