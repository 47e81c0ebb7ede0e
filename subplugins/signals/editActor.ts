import type { Actor } from '../../src/api';

/** An insert longer than this many characters, or with more line breaks than `LARGE_INSERT_LINES`, is large. */
export const LARGE_INSERT_CHARS = 50;
export const LARGE_INSERT_LINES = 2;

/** What the agent rule looks at in one document change, gathered by the listener without allocating. */
export interface EditFacts {
  /** The changed document is the one in the active text editor of this window. */
  readonly inActiveEditor: boolean;
  /** This window has the focus. */
  readonly focused: boolean;
  /** The person gave a sign of presence (keyboard or mouse selection, focus, a tab switch) a few seconds ago or less. */
  readonly personRecent: boolean;
  /** Ranges the change replaced at once. */
  readonly ranges: number;
  /** Cursors of the active editor: several ranges typed at several cursors are still one person's typing. */
  readonly cursors: number;
  /** Characters and line breaks inserted by the largest range of the change. */
  readonly insertedChars: number;
  readonly insertedLines: number;
}

/**
 * Who made an edit: the person at the keyboard of this window, or an agent (an AI assistant, a refactoring tool, a
 * formatter run by another extension) writing on its own. Only the person's edits are presence.
 *
 * VS Code reports no keystrokes, so a person's keystroke shows as a small single-range change in the focused active
 * editor. Everything else needs a recent sign of the person to count as theirs:
 * - a change to a document that is not in the active editor is never the person's (typing happens in the active one);
 * - more ranges than cursors at once is a programmatic edit (a rename, an applied patch);
 * - a large insert (WakaTime's rule of thumb: more than two line breaks or fifty characters) is a paste only when
 *   the person was present in the last seconds, otherwise generated text;
 * - a small edit while the window is not focused is the person's only when they were present in the last seconds.
 */
export function editActor(facts: EditFacts): Actor {
  if (!facts.inActiveEditor) return 'agent';
  if (facts.ranges > Math.max(1, facts.cursors)) return 'agent';
  const large = facts.insertedChars > LARGE_INSERT_CHARS || facts.insertedLines > LARGE_INSERT_LINES;
  if (large) return facts.personRecent ? 'person' : 'agent';
  return facts.focused || facts.personRecent ? 'person' : 'agent';
}

/** Line breaks in `text`, counted without allocating (no split, no regular expression match array). */
export function lineBreaks(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
