import type { Api } from '../../src/api';

/** Why the Timekeeper API is not available to the calling extension. */
export type UnavailableReason =
  /** No extension `timekeeper.vscode-timekeeper` is installed where the caller runs. */
  | 'not-installed'
  /** It is installed in this extension host's extensions folder but not running: disabled (or not yet reloaded). */
  | 'disabled'
  /** It runs, but in another extension host (local UI vs remote workspace): exports do not cross hosts. */
  | 'other-host'
  /** Its activation threw, or resolved without `exports.v1`. */
  | 'activation-failed'
  /** It runs, but its `api.version` is older than the `minVersion` the caller asked for. */
  | 'too-old';

/** The API, ready to use. */
export interface TimekeeperApiAvailable {
  readonly api: Api;
}

/** No API, and why: `message` is a sentence to show the user or log as it is. */
export interface TimekeeperApiUnavailable {
  readonly api: undefined;
  readonly reason: UnavailableReason;
  readonly message: string;
  /** For 'too-old': the version the caller needs. */
  readonly requiredVersion?: string;
  /** For 'too-old' (and when known otherwise): the version installed. */
  readonly installedVersion?: string;
  /** For 'activation-failed': what activation threw. */
  readonly error?: unknown;
}

/** Narrow it with `if (result.api)` or `if (result.api === undefined)`. */
export type TimekeeperApiResult = TimekeeperApiAvailable | TimekeeperApiUnavailable;

export interface GetTimekeeperApiOptions {
  /**
   * The lowest Timekeeper version whose v1 has every member the plugin uses, e.g. '0.2.0': the highest "Added in
   * X.Y.Z." among their doc comments (members without one are 0.1.0's). An older installed Timekeeper gives
   * `reason: 'too-old'` with `requiredVersion` set.
   */
  readonly minVersion?: string;
}
