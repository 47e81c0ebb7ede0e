/** The module `esbuild.mjs` generates from the folders in `subplugins/` (BRIEF §5). */
declare module 'timekeeper:subplugins' {
  import type { Api } from '../api';
  const subplugins: ReadonlyArray<{
    readonly name: string;
    readonly activate: (api: Api) => void | Promise<void>;
  }>;
  export default subplugins;
}
