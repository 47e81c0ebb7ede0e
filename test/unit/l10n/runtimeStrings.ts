// The runtime strings are the English literals passed to `vscode.l10n.t(...)` in src/ and subplugins/: VS Code
// looks each one up, as written, in l10n/bundle.l10n.<language>.json. Only literals can be looked up, so a call
// with anything else as its first argument is reported too.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

export interface RuntimeStrings {
  /** The English strings, as the sources spell them (escapes resolved). */
  readonly keys: ReadonlySet<string>;
  /** `file:line` of each `l10n.t(` call whose first argument is not a string literal. */
  readonly notLiteral: readonly string[];
}

const CALL = /\bl10n\.t\(\s*/g;
const LITERAL = /^(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)")/;

/** `\n`, `\'`, `\"`, `\\` and `\uXXXX` in a single- or double-quoted literal's body, as a JSON string reads them. */
function unescape(body: string): string {
  return JSON.parse(`"${body.replace(/\\'/g, "'").replace(/(^|[^\\])((?:\\\\)*)"/g, '$1$2\\"')}"`) as string;
}

/** Scans every .ts file under the given folders of `root`. */
export function runtimeStrings(root: string, folders: readonly string[]): RuntimeStrings {
  const keys = new Set<string>();
  const notLiteral: string[] = [];
  for (const folder of folders) {
    for (const file of readdirSync(path.join(root, folder), { recursive: true }).map(String)) {
      if (!file.endsWith('.ts')) continue;
      const relative = path.join(folder, file);
      const text = readFileSync(path.join(root, relative), 'utf8');
      for (const call of text.matchAll(CALL)) {
        const start = call.index + call[0].length;
        const literal = LITERAL.exec(text.slice(start));
        if (literal) keys.add(unescape(literal[1] ?? literal[2]));
        else notLiteral.push(`${relative}:${text.slice(0, start).split('\n').length}`);
      }
    }
  }
  return { keys, notLiteral };
}
