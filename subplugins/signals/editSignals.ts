import { editActor, lineBreaks, type EditFacts } from './editActor';
import type { PresenceWindow } from './presenceWindow';

/** What the rule reads of VS Code's `TextDocumentChangeEvent` (structural: the bench passes plain objects). */
export interface DocumentChange<D> {
  readonly document: D;
  readonly contentChanges: readonly { readonly text: string }[];
}

export interface EditSignalsDependencies<D> {
  readonly presence: PresenceWindow;
  /** The activity tracker: a person's edit is presence. */
  readonly tracker: { signal(): void };
  /** The document of the active text editor, its number of cursors, and whether the window has the focus. */
  activeDocument(): D | undefined;
  cursors(): number;
  focused(): boolean;
  /** Whether agents' edits are journaled (`timekeeper.signals.agents`). */
  journalAgents(): boolean;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The keystroke path: who made each edit (the agent rule), the person's presence, and which documents were edited by
 * whom in the current second. No clock, no I/O, and no allocation while the person types in the same document.
 */
export class EditSignals<D> {
  readonly #deps: EditSignalsDependencies<D>;
  /** The document the person typed in during this second (only ever the active editor's). */
  typedIn: D | undefined;
  /** Documents agents changed during this second. */
  readonly agentEdits = new Set<D>();
  /** Reused for every edit. */
  readonly #facts: Mutable<EditFacts> = {
    inActiveEditor: false,
    focused: false,
    personRecent: false,
    ranges: 0,
    cursors: 0,
    insertedChars: 0,
    insertedLines: 0,
  };

  constructor(deps: EditSignalsDependencies<D>) {
    this.#deps = deps;
  }

  onEdit(change: DocumentChange<D>): void {
    const changes = change.contentChanges;
    if (changes.length === 0) return;
    const deps = this.#deps;
    const facts = this.#facts;
    facts.inActiveEditor = deps.activeDocument() === change.document;
    facts.focused = deps.focused();
    facts.personRecent = deps.presence.recent;
    facts.ranges = changes.length;
    facts.cursors = deps.cursors();
    facts.insertedChars = 0;
    facts.insertedLines = 0;
    for (const part of changes) {
      if (part.text.length > facts.insertedChars) facts.insertedChars = part.text.length;
      const lines = lineBreaks(part.text);
      if (lines > facts.insertedLines) facts.insertedLines = lines;
    }
    if (editActor(facts) === 'person') {
      deps.presence.note();
      deps.tracker.signal();
      this.typedIn = change.document;
    } else if (deps.journalAgents()) {
      this.agentEdits.add(change.document);
    }
  }

  /** Forgets this second's edits, once they are journaled. */
  clear(): void {
    this.typedIn = undefined;
    this.agentEdits.clear();
  }
}
