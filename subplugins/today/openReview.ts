/*
 * The palette's review of suggested entries, as far as its keybinding needs it: a quick pick's item buttons are out
 * of the keyboard's reach, so F2 (package.json `keybindings`, while the context key below is true) runs a command
 * that renames the highlighted entry of the review open now.
 */

/** The context key that is true while a review is open: the F2 keybinding's `when`. */
export const REVIEW_OPEN_CONTEXT = 'timekeeper.suggestionReviewOpen';

/** A review's picker while it is shown. */
export interface ShownReview {
  /** Renames the entry the list highlights (its active item), if any. */
  renameHighlighted(): void;
}

/**
 * Which review is shown, and the context key that says so. Showing another picker hides the one before, and its
 * hide may arrive after the new one is shown: only the review shown now clears the key.
 */
export class OpenReview {
  readonly #publish: (open: boolean) => void;
  #shown: ShownReview | undefined;

  /** `publish` sets the context key (`setContext`). */
  constructor(publish: (open: boolean) => void) {
    this.#publish = publish;
  }

  shown(review: ShownReview): void {
    this.#shown = review;
    this.#publish(true);
  }

  hidden(review: ShownReview): void {
    if (this.#shown !== review) return;
    this.#shown = undefined;
    this.#publish(false);
  }

  renameHighlighted(): void {
    this.#shown?.renameHighlighted();
  }
}
