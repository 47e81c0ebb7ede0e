import type * as vscode from 'vscode';
import type { Api, Entry, TimesheetProblem } from '../../src/api';

export interface ParsedDocument {
  readonly entries: readonly Entry[];
  readonly problems: readonly TimesheetProblem[];
  /** Entries by their 1-based line. */
  readonly byLine: ReadonlyMap<number, Entry>;
}

/**
 * Parses each timesheet document once per version, through the `TimesheetParser` component, for the providers to
 * share: diagnostics, completion and hover all ask about the same text.
 */
export class ParsedDocuments {
  readonly #api: Api;
  readonly #cache = new WeakMap<vscode.TextDocument, { version: number; parsed: ParsedDocument }>();

  constructor(api: Api) {
    this.#api = api;
  }

  of(document: vscode.TextDocument): ParsedDocument {
    const cached = this.#cache.get(document);
    if (cached && cached.version === document.version) return cached.parsed;
    const { entries, problems } = this.#api
      .resolve(this.#api.tokens.TimesheetParser)
      .parse(document.getText());
    const parsed = { entries, problems, byLine: new Map(entries.map((e) => [e.line, e])) };
    this.#cache.set(document, { version: document.version, parsed });
    return parsed;
  }
}
