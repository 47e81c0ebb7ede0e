/**
 * The first module of the bundle to run (extension.ts imports it first), so that the activation time Timekeeper
 * logs includes evaluating the bundle, not only the `activate` call.
 */
export const bundleLoadStarted = performance.now();
/** The process's CPU time then: on a busy machine, wall-clock time also counts waiting for a core. */
export const bundleLoadStartedCpu = process.cpuUsage();
