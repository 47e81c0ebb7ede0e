/*
 * @timekeeper/vscode-timekeeper-api: the types of Timekeeper's v1 plugin API, its token names and extension id, and
 * `getTimekeeperApi`, which finds the API or says why it is not there.
 *
 * The contract below is src/api of the extension itself, compiled into this package: the declarations a plugin
 * builds against are the ones Timekeeper is built from.
 */
export * from '../../src/api';
export { getTimekeeperApi } from './getTimekeeperApi';
export type {
  GetTimekeeperApiOptions,
  TimekeeperApiAvailable,
  TimekeeperApiResult,
  TimekeeperApiUnavailable,
  UnavailableReason,
} from './result';
