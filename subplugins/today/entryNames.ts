import { parseName } from '../../src/api';

/**
 * What a name typed for an entry means to utt: refused (`empty`, or `comment` when utt would read part of it as a
 * comment), or the kind of activity it makes. Pure, so the palette and the Today view read names one way.
 */
export type NameReading = 'empty' | 'comment' | 'work' | 'break' | 'ignored';

/** utt reads `<two whitespace>#<whitespace>` after a name's first character as the start of a comment. */
const COMMENT_SEPARATOR = /\s\s#\s/;

export function readEntryName(text: string): NameReading {
  const name = text.trim();
  if (name === '') return 'empty';
  if (COMMENT_SEPARATOR.test(name.slice(1))) return 'comment';
  return parseName(name).type;
}

/** The name an entry is written under when its time is dropped: ignored (`name***`), so it counts nowhere. */
export function ignoredName(name: string): string {
  return `${name.replace(/\*+$/, '')}***`;
}
