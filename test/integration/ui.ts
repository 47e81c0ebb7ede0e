// Typed client of the runner's UI bridge (protocol documented at the top of test/runner/run-integration.mjs).
// Tests run inside the extension host; these calls ask the runner to act on the browser page showing the workbench,
// as a person would: keys, typing, clicks, reading text, screenshots.
//
//   import * as ui from './ui';
//   await ui.waitForSelector('.monaco-workbench');
//   await ui.pressKeys('F1');
//   const ph = await ui.attributeOf('.quick-input-widget input', 'placeholder');
//   await ui.screenshot('palette');
//
// Selectors are Playwright selectors (CSS by default, `text=…` works). Useful VS Code ones:
//   '.monaco-workbench'                                   the workbench is rendered
//   '.quick-input-widget'                                 Command Palette / quick pick (visible when open)
//   '.quick-input-widget .quick-input-box input'          its input
//   '.quick-input-list .monaco-list-row'                  its rows
//   '#workbench\\.parts\\.statusbar'                      the status bar;  '.statusbar-item' its items
//   '.notifications-toasts .notification-toast'           notifications
//   '.editor-group-container .tab'                        editor tabs
import * as http from 'node:http';

export interface BridgeRequest {
  action: string;
  [key: string]: unknown;
}

/** True when the tests run under test/runner/run-integration.mjs (so UI tests can skip elsewhere). */
export function available(): boolean {
  return !!process.env.TIMEKEEPER_TEST_BRIDGE;
}

/** Sends one raw request to the bridge; resolves to its `value`, rejects with its error. */
export function request<T = unknown>(req: BridgeRequest, timeoutMs = 60_000): Promise<T> {
  const base = process.env.TIMEKEEPER_TEST_BRIDGE;
  if (!base) {
    return Promise.reject(
      new Error(
        'no UI bridge: TIMEKEEPER_TEST_BRIDGE is unset (run through test/runner/run-integration.mjs)',
      ),
    );
  }
  const body = JSON.stringify(req);
  return new Promise<T>((resolve, reject) => {
    const r = http.request(
      base,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        timeout: timeoutMs,
      },
      (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (c) => {
          data += c;
        });
        res.on('end', () => {
          let answer: { ok: boolean; value?: T; error?: string };
          try {
            answer = JSON.parse(data);
          } catch {
            return reject(new Error(`UI bridge: bad answer (${res.statusCode}): ${data}`));
          }
          if (answer.ok) resolve(answer.value as T);
          else reject(new Error(`UI bridge ${req.action} failed: ${answer.error}`));
        });
      },
    );
    r.on('timeout', () => r.destroy(new Error(`UI bridge ${req.action}: no answer within ${timeoutMs} ms`)));
    r.on('error', reject);
    r.end(body);
  });
}

/** Screenshot of the whole page (or of `selector` only) to `<screenshots dir>/<name>.png`; resolves to the absolute path. */
export function screenshot(name: string, selector?: string): Promise<string> {
  const file = /\.png$/i.test(name) ? name : `${name}.png`;
  return request<string>({ action: 'screenshot', path: file, ...(selector ? { selector } : {}) });
}

/** Presses key chords in turn, Playwright names: 'F1', 'Escape', 'Enter', 'Control+Shift+P', 'ArrowDown'. */
export async function pressKeys(...keys: string[]): Promise<void> {
  await request({ action: 'press', keys });
}

/** Types text into whatever has focus (e.g. the Command Palette input). */
export async function typeText(text: string, delayMs = 0): Promise<void> {
  await request({ action: 'type', text, delay: delayMs });
}

/** Clicks the first element matching `selector` (waits up to `timeoutMs` for it to be actionable). */
export async function click(selector: string, timeoutMs = 10_000): Promise<void> {
  await request({ action: 'click', selector, timeout: timeoutMs });
}

/** innerText of the first element matching `selector`. */
export function textOf(selector: string, timeoutMs = 10_000): Promise<string> {
  return request<string>({ action: 'text', selector, timeout: timeoutMs });
}

/** Current value of the first matching input/textarea (e.g. what was typed into the Command Palette). */
export function inputValue(selector: string, timeoutMs = 10_000): Promise<string> {
  return request<string>({ action: 'inputValue', selector, timeout: timeoutMs });
}

/** An attribute of the first element matching `selector` (null when absent), e.g. an input's placeholder. */
export function attributeOf(selector: string, name: string, timeoutMs = 10_000): Promise<string | null> {
  return request<string | null>({ action: 'attribute', selector, name, timeout: timeoutMs });
}

/** Waits until the first match of `selector` reaches `state` (default 'visible'). */
export async function waitForSelector(
  selector: string,
  options: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeoutMs?: number } = {},
): Promise<void> {
  await request(
    {
      action: 'waitForSelector',
      selector,
      state: options.state ?? 'visible',
      timeout: options.timeoutMs ?? 10_000,
    },
    (options.timeoutMs ?? 10_000) + 5_000,
  );
}

/** Number of elements matching `selector` right now (no waiting). */
export function count(selector: string): Promise<number> {
  return request<number>({ action: 'count', selector });
}

/** Evaluates a JS expression in the page (the workbench's window); the result must be JSON-serialisable. */
export function evaluate<T = unknown>(expression: string): Promise<T> {
  return request<T>({ action: 'evaluate', expression });
}

/** The frames that hold a webview's content in VS Code 1.100: pass them to the `…In` calls below. */
export const WEBVIEW_FRAMES: readonly string[] = ['iframe.webview.ready', 'iframe#active-frame'];

/** innerText of the first match of `selector` inside `frames` (e.g. WEBVIEW_FRAMES). */
export function textIn(frames: readonly string[], selector: string, timeoutMs = 10_000): Promise<string> {
  return request<string>({ action: 'text', frames, selector, timeout: timeoutMs });
}

/** Clicks the first match of `selector` inside `frames`. */
export async function clickIn(
  frames: readonly string[],
  selector: string,
  timeoutMs = 10_000,
): Promise<void> {
  await request({ action: 'click', frames, selector, timeout: timeoutMs });
}

/** Waits for the first match of `selector` inside `frames` to be visible. */
export async function waitForSelectorIn(
  frames: readonly string[],
  selector: string,
  timeoutMs = 10_000,
): Promise<void> {
  await request(
    { action: 'waitForSelector', frames, selector, state: 'visible', timeout: timeoutMs },
    timeoutMs + 5_000,
  );
}

/** Evaluates a JS expression in the innermost of `frames` (its window and document); JSON-serialisable result. */
export function evaluateIn<T = unknown>(frames: readonly string[], expression: string): Promise<T> {
  return request<T>({ action: 'evaluate', frames, expression });
}

/** Every alert, confirm or prompt the page or its frames opened since the run started (each was dismissed). */
export function dialogs(): Promise<{ type: string; message: string }[]> {
  return request<{ type: string; message: string }[]>({ action: 'dialogs' });
}

/** Moves the mouse over the first match of `selector` (a list row shows its inline actions then). */
export async function hover(selector: string): Promise<void> {
  await request({ action: 'hover', selector });
}

/** Turns the mouse wheel over the first match of `selector` (positive `deltaY` scrolls down). */
export async function wheel(selector: string, deltaY = 300): Promise<void> {
  await request({ action: 'wheel', selector, deltaY });
}

/** What a test can do in a window it opened: the same calls as above, sent to that window's page. */
export interface OtherWindow {
  readonly name: string;
  pressKeys(...keys: string[]): Promise<void>;
  typeText(text: string): Promise<void>;
  click(selector: string, timeoutMs?: number): Promise<void>;
  textOf(selector: string, timeoutMs?: number): Promise<string>;
  waitForSelector(
    selector: string,
    options?: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeoutMs?: number },
  ): Promise<void>;
  evaluate<T = unknown>(expression: string): Promise<T>;
  screenshot(name: string, selector?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Opens another browser tab on the same code-server and workspace: a second VS Code window, with its own extension
 * host running the installed extensions (not the tests). Resolves once its workbench shows.
 */
export async function openWindow(name: string, timeoutMs = 60_000): Promise<OtherWindow> {
  await request({ action: 'openWindow', name, timeout: timeoutMs }, timeoutMs + 5_000);
  const ask = <T = unknown>(req: BridgeRequest, timeout?: number) =>
    request<T>({ ...req, page: name }, timeout);
  return {
    name,
    pressKeys: async (...keys) => void (await ask({ action: 'press', keys })),
    typeText: async (text) => void (await ask({ action: 'type', text, delay: 0 })),
    click: async (selector, timeout = 10_000) => void (await ask({ action: 'click', selector, timeout })),
    textOf: (selector, timeout = 10_000) => ask<string>({ action: 'text', selector, timeout }),
    waitForSelector: async (selector, options = {}) => {
      const timeout = options.timeoutMs ?? 10_000;
      const state = options.state ?? 'visible';
      await ask({ action: 'waitForSelector', selector, state, timeout }, timeout + 5_000);
    },
    evaluate: <T = unknown>(expression: string) => ask<T>({ action: 'evaluate', expression }),
    screenshot: (shot, selector) =>
      ask<string>({
        action: 'screenshot',
        path: /\.png$/i.test(shot) ? shot : `${shot}.png`,
        ...(selector ? { selector } : {}),
      }),
    close: async () => void (await request({ action: 'closeWindow', name })),
  };
}
