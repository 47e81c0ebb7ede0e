import type { Exports } from '../../src/api';
import { EXTENSION_ID } from '../../src/api/tokens';
import type { GetTimekeeperApiOptions, TimekeeperApiResult, TimekeeperApiUnavailable } from './result';
import { compareVersions, parseVersion } from './semver';

/** The little the helper needs from VS Code, so that every outcome can be tested without it. */
export interface HostEnvironment {
  /** `vscode.extensions.getExtension`: only extensions running in the caller's own extension host. */
  getExtension(id: string): TimekeeperExtension | undefined;
  /** Whether one of Timekeeper's own VS Code commands is registered: commands are shared by every host. */
  hasTimekeeperCommand(): Promise<boolean>;
  /** Whether the extensions folder of this host lists Timekeeper as installed. */
  isInstalledHere(id: string): Promise<boolean>;
  /** `vscode.env.remoteName`, to say which side the caller is on. */
  readonly remoteName: string | undefined;
}

export interface TimekeeperExtension {
  readonly isActive: boolean;
  readonly exports: Exports | undefined;
  readonly packageJSON: unknown;
  activate(): Thenable<Exports | undefined>;
}

/** Finds, activates and checks Timekeeper's v1 API; every way of not getting it is a reason, never a throw. */
export async function findTimekeeperApi(
  host: HostEnvironment,
  options: GetTimekeeperApiOptions = {},
): Promise<TimekeeperApiResult> {
  const { minVersion } = options;
  const required = minVersion === undefined ? undefined : parseVersion(minVersion);
  if (minVersion !== undefined && !required) {
    // A programming error of the caller, not a state of the user's machine: fail loudly.
    throw new TypeError(
      `getTimekeeperApi: minVersion ${JSON.stringify(minVersion)} is not a semantic version like '0.2.0'.`,
    );
  }
  const extension = host.getExtension(EXTENSION_ID);
  if (!extension) return whyMissing(host);

  let exports: Exports | undefined;
  try {
    exports = extension.isActive ? extension.exports : await extension.activate();
  } catch (error) {
    return unavailable('activation-failed', `Timekeeper failed to activate: ${messageOf(error)}`, { error });
  }
  const installedVersion = versionOf(extension.packageJSON);
  const api = exports?.v1;
  if (!api) {
    return unavailable(
      'activation-failed',
      `Timekeeper ${installedVersion ?? ''} activated without a v1 API (exports.v1 is missing).`,
      { installedVersion },
    );
  }
  if (required) {
    const running = parseVersion(api.version);
    if (!running || compareVersions(running, required) < 0) {
      return unavailable(
        'too-old',
        `This plugin needs Timekeeper ${minVersion} or newer; version ${api.version} is installed. ` +
          `Update Timekeeper (${EXTENSION_ID}).`,
        { requiredVersion: minVersion, installedVersion: api.version },
      );
    }
  }
  return { api };
}

async function whyMissing(host: HostEnvironment): Promise<TimekeeperApiUnavailable> {
  const side = host.remoteName
    ? `the remote extension host (${host.remoteName})`
    : 'the local extension host';
  if (await host.hasTimekeeperCommand()) {
    return unavailable(
      'other-host',
      `Timekeeper runs in another extension host than this plugin, which runs in ${side}. Exports do not cross ` +
        `extension hosts: give the plugin the same "extensionKind" as Timekeeper (["ui", "workspace"]).`,
    );
  }
  if (await host.isInstalledHere(EXTENSION_ID)) {
    return unavailable(
      'disabled',
      `Timekeeper (${EXTENSION_ID}) is installed but not running in ${side}: enable it (or reload the window ` +
        `after installing it).`,
    );
  }
  return unavailable(
    'not-installed',
    `Timekeeper (${EXTENSION_ID}) is not installed in ${side}. Install it, and list it in the plugin's ` +
      `"extensionDependencies" so VS Code installs and activates it first.`,
  );
}

function unavailable(
  reason: TimekeeperApiUnavailable['reason'],
  message: string,
  details: Partial<Pick<TimekeeperApiUnavailable, 'requiredVersion' | 'installedVersion' | 'error'>> = {},
): TimekeeperApiUnavailable {
  return { api: undefined, reason, message, ...details };
}

function versionOf(manifest: unknown): string | undefined {
  const version = (manifest as { version?: unknown } | undefined)?.version;
  return typeof version === 'string' ? version : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
