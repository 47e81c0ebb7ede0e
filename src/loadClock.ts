/**
 * The first module of the bundle to run (extension.ts imports it first), so that the activation time Timekeeper
 * logs includes loading the bundle, not only the `activate` call.
 */
export const bundleLoadStarted = performance.now();
