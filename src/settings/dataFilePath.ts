import * as path from 'node:path';

/**
 * The timesheet's path: the setting `timekeeper.dataFile` when set (`~` expands to the home folder, a relative path
 * is taken from the home folder), else utt's own default `$XDG_DATA_HOME/utt/utt.log` or
 * `~/.local/share/utt/utt.log`, so the editor and the CLI share one file.
 */
export function dataFilePath(setting: string | undefined, env: NodeJS.ProcessEnv, home: string): string {
  const configured = setting?.trim();
  if (configured) {
    const expanded =
      configured === '~' || configured.startsWith('~/') ? path.join(home, configured.slice(1)) : configured;
    return path.resolve(home, expanded);
  }
  const dataHome = env.XDG_DATA_HOME?.trim() ? env.XDG_DATA_HOME : path.join(home, '.local', 'share');
  return path.join(dataHome, 'utt', 'utt.log');
}
