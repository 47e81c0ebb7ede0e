import * as assert from 'node:assert/strict';
import { PRESENCE_WINDOW_SECONDS, PresenceWindow } from '../../../subplugins/signals/presenceWindow';

suite('signals: the presence window', () => {
  test('a window nobody touched has no recent presence', () => {
    assert.equal(new PresenceWindow().recent, false);
  });

  test('a sign of presence stays recent for the window’s seconds, then lapses', () => {
    const presence = new PresenceWindow();
    presence.note();
    assert.equal(presence.recent, true, 'at once');
    for (let second = 1; second < PRESENCE_WINDOW_SECONDS; second++) {
      presence.tick();
      assert.equal(presence.recent, true, `${second} s later`);
    }
    presence.tick();
    presence.tick();
    assert.equal(presence.recent, false, `${PRESENCE_WINDOW_SECONDS + 1} s later`);
    presence.note();
    assert.equal(presence.recent, true, 'a new sign');
  });
});
