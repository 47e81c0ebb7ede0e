import { HELLO_ENTRY_NAME, nameParts } from '../core/entry';
import type { ParsedName } from './index';

/**
 * Splits an activity name as utt does: `project: task` when the name starts with a run of characters that are
 * neither whitespace (Python's, not JavaScript's `\s`) nor `:`, then `:` and one whitespace; otherwise the whole name
 * is the task and the project is ''. `name**` is a break, `name***` ignored, anything else work; `hello` starts a
 * day. Pure: it needs no activated Timekeeper. Added in 0.2.0.
 */
export const parseName: (name: string) => ParsedName = nameParts;

/** The name `hello` writes: it starts a day, and the time before it counts nowhere. Added in 0.2.0. */
export const HELLO_NAME = HELLO_ENTRY_NAME;
