/** The message of anything thrown, for logs and notifications. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Wraps a plugin's error with where it came from, keeping the original as `cause`. */
export function pluginError(what: string, extensionId: string, error: unknown): Error {
  return new Error(`${what} (from ${extensionId}) failed: ${messageOf(error)}`, { cause: error });
}
