import { compareCodePoints } from '../pythonText';

/*
 * utt sorts a report's lines by name in code point order, then stably by lower case, so names that differ only in
 * case keep code point order.
 */

/** A set in utt's order: utt leaves ties in (random) set order; code point order makes them deterministic. */
export function sortedCaseInsensitively(values: Iterable<string>): string[] {
  return [...values].sort(compareCodePoints).sort(byLowerCase);
}

export function byLowerCase(a: string, b: string): number {
  return compareCodePoints(a.toLowerCase(), b.toLowerCase());
}
