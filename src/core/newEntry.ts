import { HELLO_ENTRY_NAME, type NewEntry } from './entry';

/*
 * The entries that utt's `hello` and `add` append; appendedText gives the text that appends them.
 */

/** `hello`: the start of a day. */
export function helloEntry(now: Date): NewEntry {
  return { date: now, name: HELLO_ENTRY_NAME };
}

/** `add`: the end of an activity named `name`; an empty comment is no comment, as in utt. */
export function addEntry(now: Date, name: string, comment?: string): NewEntry {
  return comment ? { date: now, name, comment } : { date: now, name };
}
