/*
 * The only way the report builds its DOM: elements by name, attributes by setAttribute, and text as text nodes.
 * No markup is ever parsed, so a name like `<img src=x onerror=…>` shows as those characters and nothing runs.
 */

export type Child = Node | string | number | false | undefined;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  return fill(document.createElement(tag), attributes, children);
}

const SVG = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | number>> = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  return fill(document.createElementNS(SVG, tag), attributes, children);
}

function fill<E extends Element>(
  element: E,
  attributes: Readonly<Record<string, string | number>>,
  children: readonly Child[],
): E {
  for (const [name, value] of Object.entries(attributes)) {
    // Handlers are attached with addEventListener, never as attributes: CSP forbids them, and data must not reach one.
    if (/^on/i.test(name)) throw new Error(`event handler attribute ${name}`);
    element.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === false || child === undefined) continue;
    element.append(typeof child === 'number' ? String(child) : child);
  }
  return element;
}

/** A button that looks like a link (a name that opens the timesheet, a project that filters). */
export function linkButton(text: string, title: string, onClick: () => void): HTMLButtonElement {
  const button = el('button', { type: 'button', class: 'link', title }, text);
  button.addEventListener('click', onClick);
  return button;
}

export function icon(name: string): HTMLElement {
  return el('span', { class: `codicon codicon-${name}`, 'aria-hidden': 'true' });
}
