import * as assert from 'node:assert/strict';
import type { Api, Exports } from '../../../src/api';
import { EXTENSION_ID } from '../../../src/api';
import {
  findTimekeeperApi,
  type HostEnvironment,
  type TimekeeperExtension,
} from '../../../api/src/findTimekeeperApi';
import type { TimekeeperApiResult, TimekeeperApiUnavailable } from '../../../api/src/result';

/** Only what the helper reads of the API. */
const apiOf = (version: string) => ({ version }) as Api;

function extension(overrides: Partial<TimekeeperExtension> & { version?: string } = {}): TimekeeperExtension {
  const exports: Exports = { v1: apiOf(overrides.version ?? '0.3.0') };
  return {
    isActive: false,
    exports: undefined,
    packageJSON: { version: overrides.version ?? '0.3.0' },
    activate: async () => exports,
    ...overrides,
  };
}

function host(
  found: TimekeeperExtension | undefined,
  elsewhere: Partial<HostEnvironment> = {},
): HostEnvironment {
  return {
    getExtension: (id) => (id === EXTENSION_ID ? found : undefined),
    hasTimekeeperCommand: async () => false,
    isInstalledHere: async () => false,
    remoteName: undefined,
    ...elsewhere,
  };
}

function unavailable(result: TimekeeperApiResult): TimekeeperApiUnavailable {
  if (result.api) assert.fail('expected no API');
  return result;
}

suite('api: findTimekeeperApi', () => {
  test('activates Timekeeper when needed and returns exports.v1', async () => {
    let activations = 0;
    const v1 = apiOf('0.3.0');
    const result = await findTimekeeperApi(
      host(extension({ activate: async () => (activations++, { v1 }) })),
      { minVersion: '0.3.0' },
    );
    assert.equal(result.api, v1);
    assert.equal(activations, 1);
  });

  test('an active Timekeeper is not activated again', async () => {
    const v1 = apiOf('0.3.0');
    const active = extension({
      isActive: true,
      exports: { v1 },
      activate: () => assert.fail('activated again'),
    });
    assert.equal((await findTimekeeperApi(host(active))).api, v1);
  });

  test('older than minVersion: too-old, naming the version needed and the one installed', async () => {
    const result = unavailable(
      await findTimekeeperApi(host(extension({ version: '0.3.0' })), { minVersion: '0.4.0' }),
    );
    assert.equal(result.reason, 'too-old');
    assert.equal(result.requiredVersion, '0.4.0');
    assert.equal(result.installedVersion, '0.3.0');
    assert.match(result.message, /needs Timekeeper 0\.4\.0 or newer; version 0\.3\.0 is installed/);
  });

  test('activation that throws, or resolves without v1: activation-failed with the cause', async () => {
    const boom = new Error('no timesheet');
    const thrown = unavailable(
      await findTimekeeperApi(host(extension({ activate: () => Promise.reject(boom) }))),
    );
    assert.equal(thrown.reason, 'activation-failed');
    assert.equal(thrown.error, boom);
    assert.match(thrown.message, /failed to activate: no timesheet/);
    const empty = unavailable(await findTimekeeperApi(host(extension({ activate: async () => undefined }))));
    assert.equal(empty.reason, 'activation-failed');
    assert.match(empty.message, /without a v1 API/);
  });

  test('not running here but its commands exist: other-host, naming the side the caller runs on', async () => {
    const result = unavailable(
      await findTimekeeperApi(
        host(undefined, { hasTimekeeperCommand: async () => true, remoteName: 'ssh-remote' }),
      ),
    );
    assert.equal(result.reason, 'other-host');
    assert.match(result.message, /remote extension host \(ssh-remote\).*extensionKind/);
  });

  test('in the extensions folder but not running: disabled', async () => {
    const result = unavailable(
      await findTimekeeperApi(host(undefined, { isInstalledHere: async () => true })),
    );
    assert.equal(result.reason, 'disabled');
    assert.match(result.message, /installed but not running in the local extension host: enable it/);
  });

  test('nowhere: not-installed, with what to do', async () => {
    const result = unavailable(await findTimekeeperApi(host(undefined)));
    assert.equal(result.reason, 'not-installed');
    assert.match(result.message, /not installed.*"extensionDependencies"/);
  });

  test('an invalid minVersion rejects: it is the caller’s bug, not a state to report', async () => {
    await assert.rejects(findTimekeeperApi(host(extension()), { minVersion: '>=1' }), TypeError);
  });
});
