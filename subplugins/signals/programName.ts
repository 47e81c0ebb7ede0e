/** `FOO=1 BAR=2 cmd …`: variables set for one command come before its program. */
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/**
 * The program a terminal command line runs: its first word without the folder (`/usr/bin/git push` → `git`), after
 * any leading variable assignments. Arguments can hold secrets (tokens, passwords, hosts): they are dropped unless the
 * person allows them. Undefined for an empty line.
 */
export function programName(commandLine: string): string | undefined {
  for (const word of commandLine.trim().split(/\s+/)) {
    if (word === '' || ASSIGNMENT.test(word)) continue;
    const unquoted = word.replace(/^["']|["']$/g, '');
    const base = unquoted.slice(Math.max(unquoted.lastIndexOf('/'), unquoted.lastIndexOf('\\')) + 1);
    return base === '' ? undefined : base;
  }
  return undefined;
}
