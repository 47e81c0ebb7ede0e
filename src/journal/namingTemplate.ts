import type { WorkName } from '../api';
import type { Span } from './signal';
import { asActivityName, defaultWorkName, projectOf, taskOf } from './workName';

/** What each variable of `timekeeper.naming.template` reads from a span. */
const VARIABLES: Readonly<Record<string, (span: Span) => string | undefined>> = {
  folder: (span) => span.folder,
  repository: (span) => span.repository,
  branch: (span) => span.branch,
  ticket: taskOf,
  language: (span) => span.language,
};
const VARIABLE_LIST = Object.keys(VARIABLES)
  .map((name) => `\${${name}}`)
  .join(', ');

type Part = { readonly literal: string } | { readonly variable: string };

/** The template as literal text and variables, in order, and the variables it does not know. */
function partsOf(template: string): { parts: Part[]; unknown: string[] } {
  const parts: Part[] = [];
  const unknown: string[] = [];
  let last = 0;
  for (const match of template.matchAll(/\$\{([^}]*)\}/g)) {
    if (match.index > last) parts.push({ literal: template.slice(last, match.index) });
    const name = match[1] as string;
    if (!(name in VARIABLES)) unknown.push(match[0]);
    parts.push({ variable: name });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ literal: template.slice(last) });
  return { parts, unknown };
}

/**
 * The template's text for a span. A variable without a value is dropped with its separator, the text between it and
 * the variable before it (or, when none is before it, the one after it): `${repository}: ${ticket}` without a
 * repository reads as the ticket alone.
 */
function rendered(parts: readonly Part[], span: Span): string {
  const items = parts.map((part) =>
    'literal' in part
      ? { text: part.literal, variable: false }
      : { text: (VARIABLES[part.variable]?.(span) ?? '').trim(), variable: true },
  );
  const variableIn = (from: number, to: number) => items.slice(from, to).some((item) => item.variable);
  for (let k = 0; k < items.length;) {
    const item = items[k] as { text: string; variable: boolean };
    if (!item.variable || item.text !== '') k++;
    else if (variableIn(0, k) && items[k - 1]?.variable === false) items.splice(--k, 2);
    else if (variableIn(k + 1, items.length) && items[k + 1]?.variable === false) items.splice(k, 2);
    else items.splice(k, 1);
  }
  // Values before the template's own `: ` are the project's: without spaces or colons, so it stays the separator.
  const separator = items.findIndex((item) => !item.variable && item.text.includes(': '));
  for (let k = 0; k < separator; k++) {
    const item = items[k] as { text: string; variable: boolean };
    if (item.variable) item.text = projectOf(item.text);
  }
  return items.map((item) => item.text).join('');
}

/**
 * A valid utt work name from a template's text: one line, a project (before the first `: `) without spaces or colons
 * (the task alone when nothing is left of it), no trailing `*` (which would make it a break).
 */
export function asWorkName(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const colon = line.indexOf(': ');
  let name = line;
  if (colon >= 0) {
    const project = projectOf(line.slice(0, colon));
    const task = line.slice(colon + 2).trim();
    name = project && task ? `${project}: ${task}` : task || project;
  }
  return asActivityName(name);
}

/**
 * The `WorkName` of `timekeeper.naming.template`: `${folder}`, `${repository}`, `${branch}` (as it is), `${ticket}`
 * (the task the branch names, else the file's top-level folder, else `work`) and `${language}`. An empty template
 * is the built-in rule. A template with an unknown variable, or one that gives an empty name, falls back to the
 * built-in rule, with one warning per template in the Timekeeper log.
 */
export class NamingTemplates {
  readonly #warn: (message: string) => void;
  readonly #warned = new Set<string>();
  #last: { readonly template: string; readonly workName: WorkName } | undefined;

  constructor(warn: (message: string) => void) {
    this.#warn = warn;
  }

  /** The work name for the setting's current value; compiled once per value. */
  workName(template: string | undefined): WorkName {
    const text = typeof template === 'string' ? template.trim() : '';
    if (text === '') return defaultWorkName;
    if (this.#last?.template !== text) this.#last = { template: text, workName: this.#compile(text) };
    return this.#last.workName;
  }

  #compile(template: string): WorkName {
    const { parts, unknown } = partsOf(template);
    if (unknown.length > 0) {
      this.#warnOnce(
        template,
        `The naming template "${template}" uses ${unknown.join(', ')}, which it does not know: its variables are ` +
          `${VARIABLE_LIST}. Work is named by the built-in rule until timekeeper.naming.template is fixed.`,
      );
      return defaultWorkName;
    }
    return {
      name: (span) => {
        const name = asWorkName(rendered(parts, span));
        if (name !== '') return name;
        this.#warnOnce(
          template,
          `The naming template "${template}" gives an empty name for work without its variables ` +
            `(${defaultWorkName.name(span)}): such work is named by the built-in rule. Add text or another ` +
            'variable to timekeeper.naming.template.',
        );
        return defaultWorkName.name(span);
      },
    };
  }

  #warnOnce(template: string, message: string): void {
    if (this.#warned.has(template)) return;
    this.#warned.add(template);
    this.#warn(message);
  }
}
