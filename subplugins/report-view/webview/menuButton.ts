import { el, icon } from './dom';
import { t } from './l10n';

export interface MenuChoice<T> {
  readonly label: string;
  readonly value: T;
}

/**
 * A button that opens a menu (the WAI-ARIA menu button pattern). Unlike a `<select>`, whose value changes — and
 * whose `change` fires in Chromium — on every arrow key while it is closed, nothing happens here until a choice is
 * confirmed with Enter, Space or a click: arrows only move the focus inside the open menu. So a keyboard user can
 * look through the ranges without reloading the report at each step, and no export starts by accident.
 */
export class MenuButton<T> {
  readonly element: HTMLElement;
  readonly #button: HTMLButtonElement;
  readonly #text = el('span', { class: 'menu-button-text' });
  readonly #menu: HTMLUListElement;
  #choices: readonly MenuChoice<T>[] = [];
  #selected: number | undefined;

  constructor(
    id: string,
    private readonly label: string,
    iconName: string,
    private readonly onChoose: (value: T) => void,
    /** Whether the button shows the chosen value (a range, a project) or only its label (an action: export). */
    private readonly showsSelection: boolean,
  ) {
    this.#button = el(
      'button',
      { id, type: 'button', class: 'menu-button', 'aria-haspopup': 'menu', 'aria-expanded': 'false' },
      icon(iconName),
      this.#text,
      icon('chevron-down'),
    );
    this.#menu = el('ul', { role: 'menu', class: 'menu', id: `${id}-menu`, 'aria-label': label, hidden: '' });
    this.#button.setAttribute('aria-controls', this.#menu.id);
    this.element = el('span', { class: 'menu-button-wrap' }, this.#button, this.#menu);
    this.#text.textContent = label;
    this.#button.addEventListener('click', () => (this.#isOpen() ? this.close(true) : this.open(0)));
    this.#button.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        this.open(event.key === 'ArrowUp' ? this.#choices.length - 1 : (this.#selected ?? 0));
      }
    });
    this.#menu.addEventListener('keydown', (event) => this.#onMenuKey(event));
    this.#menu.addEventListener('focusout', (event) => {
      if (!this.element.contains(event.relatedTarget as Node | null)) this.close(false);
    });
  }

  /** The choices and which one is current (shown on the button and marked in the menu). */
  setChoices(choices: readonly MenuChoice<T>[], selected: number | undefined): void {
    this.#choices = choices;
    this.#selected = selected;
    const current = selected === undefined ? undefined : choices[selected];
    this.#text.textContent =
      this.showsSelection && current ? t('{0}: {1}', this.label, current.label) : this.label;
    this.#menu.replaceChildren(
      ...choices.map((choice, index) => {
        const item = el(
          'li',
          { role: 'menuitem', tabindex: '-1', 'data-index': String(index) },
          choice.label,
        );
        if (this.showsSelection) {
          item.setAttribute('role', 'menuitemradio');
          item.setAttribute('aria-checked', String(index === selected));
        }
        item.addEventListener('click', () => this.#choose(index));
        return item;
      }),
    );
  }

  open(focusIndex: number): void {
    if (this.#choices.length === 0) return;
    this.#menu.hidden = false;
    this.#button.setAttribute('aria-expanded', 'true');
    this.#focusItem(Math.max(0, Math.min(focusIndex, this.#choices.length - 1)));
  }

  close(returnFocus: boolean): void {
    if (!this.#isOpen()) return;
    this.#menu.hidden = true;
    this.#button.setAttribute('aria-expanded', 'false');
    if (returnFocus) this.#button.focus();
  }

  focus(): void {
    this.#button.focus();
  }

  #isOpen(): boolean {
    return !this.#menu.hidden;
  }

  #items(): HTMLElement[] {
    return [...this.#menu.children] as HTMLElement[];
  }

  #focusItem(index: number): void {
    this.#items()[index]?.focus();
  }

  #focusedIndex(): number {
    return this.#items().indexOf(document.activeElement as HTMLElement);
  }

  #onMenuKey(event: KeyboardEvent): void {
    const count = this.#choices.length;
    const index = this.#focusedIndex();
    switch (event.key) {
      case 'ArrowDown':
        this.#focusItem((index + 1) % count);
        break;
      case 'ArrowUp':
        this.#focusItem((index - 1 + count) % count);
        break;
      case 'Home':
        this.#focusItem(0);
        break;
      case 'End':
        this.#focusItem(count - 1);
        break;
      case 'Enter':
      case ' ':
        if (index >= 0) this.#choose(index);
        break;
      case 'Escape':
        this.close(true);
        break;
      case 'Tab':
        this.close(false);
        return;
      default:
        return;
    }
    event.preventDefault();
  }

  #choose(index: number): void {
    const choice = this.#choices[index];
    this.close(true);
    if (choice) this.onChoose(choice.value);
  }
}
