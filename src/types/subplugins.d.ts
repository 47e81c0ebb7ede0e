/** The module `esbuild.mjs` generates from the folders in `subplugins/` (docs/CONTRACT.md §5). */
declare module 'timekeeper:subplugins' {
  import type { Api } from '../api';
  /** What a sub-plugin's `activate` may hand back: disposed when Timekeeper deactivates. */
  type SubpluginResult = undefined | { dispose(): unknown };
  const subplugins: ReadonlyArray<{
    readonly name: string;
    readonly module: {
      readonly activate: (api: Api) => SubpluginResult | Promise<SubpluginResult>;
      /** Optional: what can wait until Timekeeper's activation has resolved (live views, timers, watchers). */
      readonly start?: (api: Api) => SubpluginResult;
    };
  }>;
  export default subplugins;
}
