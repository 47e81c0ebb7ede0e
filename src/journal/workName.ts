import type { WorkName } from '../api';
import type { Span } from './signal';

/** Branches that name a line of development, not a piece of work: their spans take their task from the file. */
const MAINLINE_BRANCHES = new Set(['main', 'master', 'develop', 'development', 'trunk', 'HEAD']);
/** `ABC-123`, `abc-123`, `GH-7`: a ticket key as issue trackers write them. */
const TICKET = /^([A-Za-z][A-Za-z0-9]*-\d+)(?:[-_\s]+(.*))?$/;
/** `123-login`: a bare issue number (GitHub's branch from an issue). */
const ISSUE_NUMBER = /^(\d+)(?:[-_\s]+(.*))?$/;

/**
 * The task a branch names: its last path segment, a ticket key in upper case, the rest as words (dots stay: a version
 * reads `2.0`).
 * `feature/ABC-123-login` → `ABC-123 login`; `fix/flaky_tests` → `flaky tests`; `main` → undefined.
 */
export function branchTask(branch: string | undefined): string | undefined {
  if (!branch || MAINLINE_BRANCHES.has(branch)) return undefined;
  const last = branch.slice(branch.lastIndexOf('/') + 1);
  const ticket = TICKET.exec(last) ?? ISSUE_NUMBER.exec(last);
  const words = (text: string) =>
    text
      .split(/[-_\s]+/)
      .filter(Boolean)
      .join(' ');
  if (ticket) {
    const key = (ticket[1] as string).toUpperCase();
    const rest = words(ticket[2] ?? '');
    return rest ? `${key} ${rest}` : key;
  }
  return words(last) || undefined;
}

/** utt's project is the name's text before `: `, without spaces or colons. */
export function projectOf(name: string): string {
  return name.replace(/[\s:]+/g, '-').replace(/^-+|-+$/g, '');
}

/**
 * An activity name utt reads back as work: one line, and no trailing `*` (which would make it a break), also where
 * spaces stood between the stars.
 */
export function asActivityName(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s*]+$/, '');
}

/**
 * The task of a span's work: the branch's (`ABC-123 login`); on a mainline branch or none, the file's top-level
 * folder (`src`, `docs`); else `work`.
 */
export function taskOf(span: Span): string {
  const file = span.file ?? '';
  const slash = file.indexOf('/');
  return branchTask(span.branch) ?? (slash > 0 ? file.slice(0, slash) : 'work');
}

/**
 * The default `WorkName`: `<folder>: <task>`. The task is the branch's (`ABC-123 login`); on a mainline branch or
 * none, the file's top-level folder (`src`, `docs`), as autoTrack has always named work; else `work`. Without a
 * folder the repository names the project; without either the name is the task alone.
 */
export const defaultWorkName: WorkName = {
  name(span: Span): string {
    const project = projectOf(span.folder ?? span.repository ?? '');
    const task = taskOf(span);
    return asActivityName(project ? `${project}: ${task}` : task) || 'work';
  },
};
