// The keystroke path of the signals: the agent rule applied to change events, presence for the person's edits only.
import * as assert from 'node:assert/strict';
import { EditSignals, type DocumentChange } from '../../../subplugins/signals/editSignals';
import { PresenceWindow } from '../../../subplugins/signals/presenceWindow';

interface Document {
  readonly name: string;
}

function setUp(view: { active?: Document; focused?: boolean; journalAgents?: boolean } = {}) {
  const presence = new PresenceWindow();
  let presenceSignals = 0;
  const edits = new EditSignals<Document>({
    presence,
    tracker: { signal: () => presenceSignals++ },
    activeDocument: () => view.active,
    cursors: () => 1,
    focused: () => view.focused ?? true,
    journalAgents: () => view.journalAgents ?? true,
  });
  return { edits, presence, presenceSignals: () => presenceSignals };
}

const app: Document = { name: 'app.ts' };
const util: Document = { name: 'util.ts' };
const change = (document: Document, ...texts: string[]): DocumentChange<Document> => ({
  document,
  contentChanges: texts.map((text) => ({ text })),
});

suite('signals: edits', () => {
  test('a keystroke in the active editor is the person’s: presence, and the document typed in', () => {
    const { edits, presence, presenceSignals } = setUp({ active: app });
    edits.onEdit(change(app, 'x'));
    assert.equal(presenceSignals(), 1);
    assert.equal(presence.recent, true);
    assert.equal(edits.typedIn, app);
    assert.deepEqual([...edits.agentEdits], []);
  });

  test('an agent’s edits of other documents are journaled as its own and are no presence', () => {
    const { edits, presence, presenceSignals } = setUp({ active: app });
    edits.onEdit(change(util, '// generated\n'));
    edits.onEdit(change(app, 'a', 'b', 'c'));
    assert.equal(presenceSignals(), 0);
    assert.equal(presence.recent, false);
    assert.equal(edits.typedIn, undefined);
    assert.deepEqual([...edits.agentEdits], [util, app]);
  });

  test('with the agents’ signal off, their edits are not journaled, and still no presence', () => {
    const { edits, presenceSignals } = setUp({ active: app, journalAgents: false });
    edits.onEdit(change(util, 'x'));
    assert.equal(presenceSignals(), 0);
    assert.deepEqual([...edits.agentEdits], []);
  });

  test('a large insert right after a keystroke is the person’s paste; alone in an unfocused window, the agent’s', () => {
    const block = 'const a = 1;\n'.repeat(5);
    const present = setUp({ active: app });
    present.edits.onEdit(change(app, 'x'));
    present.edits.onEdit(change(app, block));
    assert.equal(present.presenceSignals(), 2);
    const away = setUp({ active: app, focused: false });
    away.edits.onEdit(change(app, block));
    assert.equal(away.presenceSignals(), 0);
    assert.deepEqual([...away.edits.agentEdits], [app]);
  });

  test('an empty change is nothing; clear forgets the second', () => {
    const { edits, presenceSignals } = setUp({ active: app });
    edits.onEdit(change(app));
    assert.equal(presenceSignals(), 0);
    edits.onEdit(change(app, 'x'));
    edits.onEdit(change(util, 'y'));
    edits.clear();
    assert.equal(edits.typedIn, undefined);
    assert.equal(edits.agentEdits.size, 0);
  });
});
