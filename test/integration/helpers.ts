// What the integration tests share: the API exactly as a plugin gets it, polling, and a throwaway timesheet.
import * as assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Api, Exports } from '../../src/api';

export const TIMEKEEPER = 'timekeeper.vscode-timekeeper';
export const SAMPLE = 'timekeeper-samples.sample-plugin';
export const FAULTY = 'timekeeper-samples.faulty-plugin';
/** Registrations made by the tests are attributed to this id, as a plugin would pass `context.extension.id`. */
export const TESTS = { extensionId: 'timekeeper-tests.integration' };

/** Why a test that drives the workbench fails outside the runner: it cannot run, so it must not pass. */
export const NO_BRIDGE =
  'no UI bridge (TIMEKEEPER_TEST_BRIDGE is unset): this test drives the workbench, run it through test/runner/integration.mjs';

export async function getApi(): Promise<Api> {
  const extension = vscode.extensions.getExtension<Exports>(TIMEKEEPER);
  assert.ok(extension, `${TIMEKEEPER} is not installed in the test VS Code`);
  return (await extension.activate()).v1;
}

/** Polls until `probe` returns a truthy value; fails with `what` after the timeout. */
export async function waitFor<T>(
  what: string,
  probe: () => T | Promise<T>,
  timeoutMs = 10_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A fresh folder for a test's timesheet; the file itself is not created. */
export function tempTimesheet(name = 'utt.log'): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'timekeeper-it-')), name);
}

/** Overrides components the way a plugin does, for the duration of one test; returns the undo. */
export function override(api: Api, components: Record<string, unknown>): vscode.Disposable {
  const registrations = Object.entries(components).map(([token, value]) =>
    api.registerComponent(token, () => value, TESTS),
  );
  return vscode.Disposable.from(...registrations);
}

/** Parses `YYYY-MM-DD HH:MM` as local time. */
export function localTime(text: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(text);
  assert.ok(match, `bad time ${text}`);
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  return new Date(y, mo - 1, d, h, mi);
}
