import { nameParts, type Entry } from './entry';

/**
 * The names a picker offers: distinct names from the newest entry back, those with a project first, each group
 * most recent first. `hello` is left out: it starts a day and names no activity.
 */
export function recentNames(entries: readonly Entry[], limit = 200): string[] {
  const seen = new Set<string>();
  for (let i = entries.length - 1; i >= 0 && seen.size < limit; i--) {
    const name = entries[i].name;
    if (!nameParts(name).hello) seen.add(name);
  }
  const names = [...seen];
  const hasProject = (name: string) => nameParts(name).project !== '';
  return [...names.filter(hasProject), ...names.filter((name) => !hasProject(name))];
}
