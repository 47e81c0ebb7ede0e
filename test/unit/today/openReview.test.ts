import * as assert from 'node:assert/strict';
import { OpenReview, type ShownReview } from '../../../subplugins/today/openReview';

/** A shown review that counts the renames F2 asked of it. */
function review(): ShownReview & { renames: number } {
  const shown = {
    renames: 0,
    renameHighlighted: () => {
      shown.renames += 1;
    },
  };
  return shown;
}

suite('The palette review’s F2: the review shown now, and its context key', () => {
  test('the key is set while a review is shown and cleared when it hides; F2 renames in it alone', () => {
    const published: boolean[] = [];
    const open = new OpenReview((shown) => published.push(shown));
    const first = review();
    open.renameHighlighted();
    open.shown(first);
    open.renameHighlighted();
    open.hidden(first);
    open.renameHighlighted();
    assert.deepEqual(published, [true, false]);
    assert.equal(first.renames, 1, 'F2 before it was shown and after it hid renames nothing');
  });

  test('a review hidden after the next one was shown leaves the key set, and F2 to the one shown', () => {
    const published: boolean[] = [];
    const open = new OpenReview((shown) => published.push(shown));
    const before = review();
    const after = review();
    open.shown(before);
    open.shown(after);
    open.hidden(before);
    open.renameHighlighted();
    assert.deepEqual(published, [true, true]);
    assert.deepEqual([before.renames, after.renames], [0, 1]);
    open.hidden(after);
    assert.deepEqual(published, [true, true, false]);
  });
});
