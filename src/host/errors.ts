/** The message of anything thrown, for logs and notifications. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * A mistake of whoever runs a command (an unknown argument, a wrong type, a missing one), not of the plugin that
 * registered it: it is the caller's to fix, so it is not recorded among the plugin's errors.
 */
export class CallerError extends Error {}

/** `name: message`, unless the message names the command already (a handler that says where it failed). */
export function withCommandName(name: string, error: unknown): string {
  const message = messageOf(error);
  return message.startsWith(`${name}: `) ? message : `${name}: ${message}`;
}

/** Wraps a plugin's error with where it came from, keeping the original as `cause`. */
export function pluginError(what: string, extensionId: string, error: unknown): Error {
  return new Error(`${what} (from ${extensionId}) failed: ${messageOf(error)}`, { cause: error });
}
