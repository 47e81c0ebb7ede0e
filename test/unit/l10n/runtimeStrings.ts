// The runtime strings are the English literals passed to `vscode.l10n.t(...)` in src/ and subplugins/, and to `t(...)`
// in the report webview (webview/l10n.ts): each is looked up, as written, in l10n/bundle.l10n.<language>.json. Only
// literals can be looked up, so a call with anything else as its first argument is reported too.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

export interface RuntimeStrings {
  /** The English strings, as the sources spell them (escapes resolved). */
  readonly keys: ReadonlySet<string>;
  /** `file:line` of each `l10n.t(` call whose first argument is not a string literal. */
  readonly notLiteral: readonly string[];
}

/** `vscode.l10n.t(` and `l10n.t(`, as the extension calls it. */
export const L10N_CALL = /\bl10n\.t\(\s*/g;
/** `t(`, as the report webview calls it (webview/l10n.ts); not its declaration. */
export const WEBVIEW_CALL = /(?<![\w.]|function )t\(\s*/g;
const LITERAL = /^(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)")/;

/** `\n`, `\'`, `\"`, `\\` and `\uXXXX` in a single- or double-quoted literal's body, as a JSON string reads them. */
function unescape(body: string): string {
  return JSON.parse(`"${body.replace(/\\'/g, "'").replace(/(^|[^\\])((?:\\\\)*)"/g, '$1$2\\"')}"`) as string;
}

/** Scans every .ts file under the given folders of `root` for the calls `call` matches. */
export function runtimeStrings(
  root: string,
  folders: readonly string[],
  call: RegExp = L10N_CALL,
): RuntimeStrings {
  const keys = new Set<string>();
  const notLiteral: string[] = [];
  for (const folder of folders) {
    for (const file of readdirSync(path.join(root, folder), { recursive: true }).map(String)) {
      if (!file.endsWith('.ts')) continue;
      const relative = path.join(folder, file);
      const text = readFileSync(path.join(root, relative), 'utf8');
      for (const found of text.matchAll(call)) {
        const start = found.index + found[0].length;
        const literal = LITERAL.exec(text.slice(start));
        if (literal) keys.add(unescape(literal[1] ?? literal[2]));
        else notLiteral.push(`${relative}:${text.slice(0, start).split('\n').length}`);
      }
    }
  }
  return { keys, notLiteral };
}
