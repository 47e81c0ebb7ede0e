import type { ExplanationData } from '../protocol';
import { el, icon, linkButton } from './dom';
import { explainLabel, partTimes, signalPhrases, sumSentence } from './explanationText';
import { formatDuration } from './format';
import * as l10n from './l10n';

/**
 * The explanation of a total, in a region of the page: opened by the total's button, which gets the focus back when
 * the pane closes (Close or Escape). Its heading takes the focus so a screen reader starts there; the region is
 * `aria-live` so the answer, which comes later than the click, is read out too.
 */
export class ExplainPane {
  readonly element: HTMLElement;
  readonly #heading = el('h2', { id: 'explain-heading', tabindex: '-1' });
  readonly #body = el('div', { class: 'explain-body' });
  /** The `data-explain` key of the total that opened the pane: its button may be redrawn while the pane is open. */
  #opener: string | undefined;
  #request = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly reveal: (line: number) => void,
  ) {
    const close = el(
      'button',
      { type: 'button', class: 'icon-button', title: l10n.t('Close the explanation') },
      icon('close'),
    );
    close.setAttribute('aria-label', l10n.t('Close the explanation'));
    close.addEventListener('click', () => this.close());
    this.element = el(
      'section',
      { class: 'explain', 'aria-labelledby': 'explain-heading', 'aria-live': 'polite', hidden: '' },
      el('div', { class: 'explain-title' }, this.#heading, close),
      this.#body,
    );
    this.element.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      this.close();
    });
  }

  /** Shows the pane waiting for the answer to `request`, about `subject`, opened by the total keyed `opener`. */
  open(request: number, subject: string, opener: string): void {
    this.#request = request;
    this.#opener = opener;
    this.#heading.textContent = l10n.t('How {0} is made', subject);
    this.#body.replaceChildren(el('p', { class: 'muted' }, l10n.t('Explaining…')));
    this.element.setAttribute('aria-busy', 'true');
    this.element.hidden = false;
    this.#heading.focus();
  }

  /** The answer to `request`; an answer to an older request (the person clicked again meanwhile) is dropped. */
  show(request: number, explanation: ExplanationData): void {
    if (request !== this.#request || this.element.hidden) return;
    const days =
      explanation.first === explanation.last
        ? explanation.first
        : `${explanation.first} – ${explanation.last}`;
    this.#body.replaceChildren(
      el(
        'p',
        { class: 'explain-total' },
        l10n.t('{0}: {1} on {2}', explanation.subject, formatDuration(explanation.total), days),
      ),
      el(
        'ol',
        { class: 'explain-parts' },
        ...explanation.parts.map((part) =>
          el(
            'li',
            {},
            el(
              'div',
              { class: 'explain-part' },
              part.line === undefined
                ? el('span', { class: 'muted' }, l10n.t('now'))
                : linkButton(
                    l10n.t('line {0}', part.line),
                    l10n.t('Open the timesheet at line {0}', part.line),
                    () => this.reveal(part.line as number),
                  ),
              el('span', { class: 'explain-times' }, partTimes(part)),
              el('span', { class: 'duration' }, formatDuration(part.duration)),
              el('span', {}, part.name),
              part.comment !== undefined && el('span', { class: 'muted' }, `# ${part.comment}`),
            ),
            el(
              'ul',
              { class: 'signals muted' },
              ...signalPhrases(part.signals).map((phrase) => el('li', {}, phrase)),
            ),
          ),
        ),
      ),
      el('p', { class: 'explain-sum' }, sumSentence(explanation.parts, explanation.total)),
    );
    this.element.setAttribute('aria-busy', 'false');
  }

  /** Why the total could not be explained, said where the explanation would be. */
  fail(request: number, message: string): void {
    if (request !== this.#request || this.element.hidden) return;
    this.#body.replaceChildren(
      el('p', { class: 'explain-error', role: 'alert' }, icon('error'), ` ${message}`),
    );
    this.element.setAttribute('aria-busy', 'false');
  }

  close(): void {
    if (this.element.hidden) return;
    this.element.hidden = true;
    this.#body.replaceChildren();
    const opener = [...this.root.querySelectorAll<HTMLElement>('[data-explain]')].find(
      (button) => button.dataset.explain === this.#opener,
    );
    opener?.focus();
  }
}

/** What a total is of: an activity name, or a project ('' = the names without one). */
export type ExplainTarget = { readonly name: string } | { readonly project: string };

/** Asks for the explanation of a total; `subject` names it on screen, `opener` is its button's key. */
export type Explain = (target: ExplainTarget, subject: string, opener: string) => void;

/** A total as a button that explains it: the duration shows, the label says what activating it does. */
export function explainButton(
  target: ExplainTarget,
  subject: string,
  duration: number,
  explain: Explain,
): HTMLButtonElement {
  const label = explainLabel(subject, duration);
  // What it explains, so the pane finds the button again after a redraw.
  const key = 'name' in target ? `name:${target.name}` : `project:${target.project}`;
  const button = el(
    'button',
    { type: 'button', class: 'link total', title: label, 'aria-label': label, 'data-explain': key },
    formatDuration(duration),
  );
  button.addEventListener('click', () => explain(target, subject, key));
  return button;
}
