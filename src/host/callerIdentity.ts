import * as path from 'node:path';

export interface ExtensionLocation {
  readonly id: string;
  readonly extensionPath: string;
}

/**
 * Finds which extension made a call from a stack trace: the first frame inside an installed extension other than
 * Timekeeper itself. Built-in sub-plugins are bundled into Timekeeper, so a stack with no foreign frame is ours.
 */
export function callerFromStack(
  stack: string | undefined,
  extensions: readonly ExtensionLocation[],
  ownId: string,
): string {
  if (!stack) return ownId;
  const roots = extensions
    .filter((e) => e.id !== ownId)
    .map((e) => ({ id: e.id, root: path.resolve(e.extensionPath) + path.sep }))
    // The longest root first, so that an extension nested in another's folder is told apart.
    .sort((a, b) => b.root.length - a.root.length);
  for (const frame of stack.split('\n').slice(1)) {
    const file = frameFile(frame);
    if (!file) continue;
    const match = roots.find((r) => file.startsWith(r.root));
    if (match) return match.id;
  }
  return ownId;
}

/** The file of a V8 stack frame: `at fn (/a/b.js:1:2)` or `at /a/b.js:1:2`, with a `file://` URL allowed. */
function frameFile(frame: string): string | undefined {
  const match = /\(?((?:file:\/\/)?\/[^():]+|[A-Za-z]:\\[^():]+):\d+:\d+\)?\s*$/.exec(frame.trim());
  if (!match?.[1]) return undefined;
  const file = match[1].startsWith('file://')
    ? decodeURIComponent(match[1].slice('file://'.length))
    : match[1];
  return path.resolve(file);
}
