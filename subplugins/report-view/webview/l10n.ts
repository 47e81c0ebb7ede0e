/*
 * The webview's strings in VS Code's display language. A webview cannot call `vscode.l10n`: the panel hands it the
 * extension's runtime translation bundle (the same `l10n/bundle.l10n.<language>.json` as the extension host's strings)
 * and the display language, and every string the page shows goes through `t`, keyed by its English text as
 * `vscode.l10n.t` keys it. Pure: the unit tests run it in Node.
 */

/** The display language and its translations; English (no bundle) until the panel sends them. */
export interface Translations {
  /** VS Code's display language, e.g. `de` or `en-us`: dates and numbers are formatted for it. */
  readonly language: string;
  /** English text → translation; absent in English or for a language Timekeeper is not translated into. */
  readonly bundle?: Readonly<Record<string, string>>;
}

let current: Translations = { language: 'en' };

export function useTranslations(translations: Translations): void {
  current = translations;
}

/** The display language, for `Intl` formatting. */
export function displayLanguage(): string {
  return current.language;
}

/** `message` in the display language, `{0}`, `{1}`… replaced by `args` as `vscode.l10n.t` does. */
export function t(message: string, ...args: readonly (string | number)[]): string {
  const text = current.bundle?.[message] ?? message;
  return args.length === 0
    ? text
    : text.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
        const arg = args[Number(index)];
        return arg === undefined ? placeholder : String(arg);
      });
}
