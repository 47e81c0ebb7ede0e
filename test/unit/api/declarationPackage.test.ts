// The package plugin authors install (api/): `npm pack` it as a publisher would, install the tarball's contents into
// a scratch consumer, and compile TypeScript against it. The declarations must be the src/api contract (mutually
// assignable, member for member), the helper's result must narrow, and the tarball must hold .d.ts + .js only.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ts from 'typescript';

const root = path.resolve(__dirname, '../../..');
const packageName = '@timekeeper/vscode-timekeeper-api';

/** Compiles `files` (name -> text) in `dir` against the unpacked package; returns the diagnostics as text. */
function compile(dir: string, files: Record<string, string>, options: ts.CompilerOptions = {}): string[] {
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const program = ts.createProgram(
    Object.keys(files).map((name) => path.join(dir, name)),
    {
      ...options,
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.Node16,
      moduleResolution: ts.ModuleResolutionKind.Node16,
      types: ['vscode'],
      typeRoots: [path.join(root, 'node_modules/@types')],
    },
  );
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

const sameTypes = (source: string) => `
import type * as Packaged from '${packageName}';
import type * as Source from ${JSON.stringify(source)};
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const same: [
  Same<Packaged.Exports, Source.Exports>,
  Same<Packaged.Api, Source.Api>,
  Same<Packaged.Tokens, Source.Tokens>,
  Same<Packaged.CommandDefinition, Source.CommandDefinition>,
  Same<Packaged.ReportModel, Source.ReportModel>,
  Same<Packaged.Timesheet, Source.Timesheet>,
  Same<Packaged.PluginInfo, Source.PluginInfo>,
  Same<typeof Packaged.tokens, typeof Source.tokens>,
  Same<typeof Packaged.EXTENSION_ID, typeof Source.EXTENSION_ID>,
] = [true, true, true, true, true, true, true, true, true];
`;

const plugin = `
import * as vscode from 'vscode';
import { getTimekeeperApi, type ReportView } from '${packageName}';
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const timekeeper = await getTimekeeperApi({ minVersion: '0.1.0' });
  if (!timekeeper.api) {
    const reason: 'not-installed' | 'disabled' | 'other-host' | 'activation-failed' | 'too-old' = timekeeper.reason;
    void vscode.window.showWarningMessage(reason + ': ' + timekeeper.message);
    return;
  }
  const { api } = timekeeper;
  const now: Date = api.resolve(api.tokens.Now);
  context.subscriptions.push(
    api.registerCommand(
      { name: 'greet', description: 'Greet', args: [{ name: 'who', description: 'Whom', type: 'string', required: true }],
        handler: (args) => 'Hello ' + String(args.who) + ' at ' + now.toISOString() },
      { extensionId: context.extension.id },
    ),
    api.registerComponent(api.tokens.ReportView, (_resolve, previous): ReportView => ({
      render(model, output) { previous?.render(model, output); output.write(String(model.activities.length)); },
    })),
    api.onDidChangeTimesheet(() => undefined),
  );
}
`;

/** What the documentation's snippets take for granted: a plugin's `activate` around them. */
const snippetGlobals = `
import type * as vscodeApi from 'vscode';
import type { Api } from '${packageName}';
declare global {
  const vscode: typeof vscodeApi;
  const api: Api;
  const context: vscodeApi.ExtensionContext;
  const log: vscodeApi.LogOutputChannel;
  function refresh(): Promise<void>;
}
`;

interface Snippet {
  readonly name: string;
  readonly text: string;
}

/**
 * Every fenced ts/js block of the README, the api package's README and docs/*.md, as a file: a whole module (one
 * with imports or exports) as it is, a fragment inside an async function, as it would stand in `activate`.
 */
function documentedSnippets(): Snippet[] {
  const documents = [
    'README.md',
    'api/README.md',
    ...readdirSync(path.join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
  const snippets: Snippet[] = [];
  for (const document of documents) {
    const lines = readFileSync(path.join(root, document), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const language = /^```(ts|typescript|js|javascript)\s*$/.exec(lines[i])?.[1];
      if (!language) continue;
      const end = lines.indexOf('```', i + 1);
      const code = lines.slice(i + 1, end).join('\n');
      const id = `${document.replace(/\W/g, '_')}_${i + 1}`;
      const js = language.startsWith('j');
      const whole = /^(import|export) /m.test(code);
      const text = whole
        ? code
        : js
          ? `async function ${id}() {\n${code}\n}\n`
          : `export async function snippet(): Promise<void> {\n${code}\n}\n`;
      snippets.push({ name: `${id}.${js ? 'js' : 'ts'}`, text });
      i = end;
    }
  }
  return snippets;
}

suite('api: the declaration package', function () {
  this.timeout(120_000);
  let consumer: string;
  let packed: string[];

  suiteSetup(() => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'timekeeper-api-pack-'));
    // npm runs the prepack script (api/build.mjs) first, as it would before publishing: also under the project's
    // .npmrc (ignore-scripts, so that `npm install` skips code-server's post-install) and `npm test`, which hands
    // that setting on to what it runs.
    const [info] = JSON.parse(
      execFileSync('npm', ['pack', '--ignore-scripts=false', '--json', '--pack-destination', scratch], {
        cwd: path.join(root, 'api'),
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    ) as [{ filename: string; files: { path: string }[] }];
    packed = info.files.map((f) => f.path).sort();
    consumer = path.join(scratch, 'consumer');
    const installed = path.join(consumer, 'node_modules', ...packageName.split('/'));
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', path.join(scratch, info.filename), '-C', installed, '--strip-components=1']);
  });

  test('the tarball holds declarations, the compiled helper and no sources', () => {
    assert.ok(packed.includes('package.json') && packed.includes('README.md'), packed.join(', '));
    for (const file of [
      'dist/api/src/index',
      'dist/api/src/getTimekeeperApi',
      'dist/src/api/index',
      'dist/src/api/tokens',
    ]) {
      assert.ok(packed.includes(`${file}.d.ts`), `${file}.d.ts in ${packed.join(', ')}`);
      assert.ok(packed.includes(`${file}.js`), `${file}.js in ${packed.join(', ')}`);
    }
    assert.deepEqual(
      packed.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')),
      [],
      'no TypeScript sources',
    );
  });

  test('it has no dependencies, @types/vscode as a peer, and the version of the Timekeeper it comes from', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'api/package.json'), 'utf8'));
    const extension = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    assert.equal(manifest.dependencies, undefined);
    assert.deepEqual(Object.keys(manifest.peerDependencies), ['@types/vscode']);
    assert.equal(manifest.version, extension.version);
  });

  test('its declarations are the src/api contract, type for type', () => {
    assert.deepEqual(compile(consumer, { 'same.ts': sameTypes(path.join(root, 'src/api')) }), []);
  });

  test('the type check can fail: a differing type is reported', () => {
    const drifted = sameTypes(path.join(root, 'src/api')).replace(
      'Same<Packaged.Api, Source.Api>',
      'Same<Packaged.Api, Omit<Source.Api, "runCommand">>',
    );
    const errors = compile(consumer, { 'drifted.ts': drifted });
    assert.equal(errors.length, 1, errors.join('\n'));
  });

  test('a plugin compiles against it: the helper narrows, tokens carry their types', () => {
    assert.deepEqual(compile(consumer, { 'plugin.ts': plugin }), []);
  });

  test('every TypeScript and JavaScript snippet of the README and the docs compiles against it, strictly', () => {
    const snippets = documentedSnippets();
    assert.ok(snippets.length >= 12, `${snippets.length} snippets`);
    const dir = mkdtempSync(path.join(consumer, 'snippets-'));
    const files = Object.fromEntries([
      ['globals.d.ts', snippetGlobals],
      ...snippets.map((snippet) => [snippet.name, snippet.text]),
    ]);
    assert.deepEqual(compile(dir, files, { allowJs: true, checkJs: true }), []);
  });

  test('the snippet check can fail: a wrong snippet is reported', () => {
    const dir = mkdtempSync(path.join(consumer, 'snippets-'));
    const wrong = `async function wrong() {\n  api.resolve(api.tokens.Now).toUpperCase();\n}\n`;
    const errors = compile(
      dir,
      { 'globals.d.ts': snippetGlobals, 'wrong.js': wrong },
      { allowJs: true, checkJs: true },
    );
    assert.equal(errors.length, 1, errors.join('\n'));
  });

  test('its JavaScript runs in Node: the tokens load, and the helper needs nothing but `vscode`', () => {
    const entry = path.join(consumer, 'node_modules', ...packageName.split('/'), 'dist/src/api/tokens.js');
    const load = createRequire(__filename);
    const tokens = load(entry) as { EXTENSION_ID: string; tokens: Record<string, string> };
    assert.equal(tokens.EXTENSION_ID, 'timekeeper.vscode-timekeeper');
    assert.ok(Object.isFrozen(tokens.tokens));
    // utt's naming rules and the shared formats ship as code: they run without Timekeeper or VS Code.
    const dist = path.join(consumer, 'node_modules', ...packageName.split('/'), 'dist/src/api');
    const names = load(path.join(dist, 'names.js')) as typeof import('../../../src/api/names');
    const formats = load(path.join(dist, 'formats.js')) as typeof import('../../../src/api/formats');
    assert.deepEqual(names.parseName('acme: review**'), {
      project: 'acme',
      task: 'review**',
      type: 'break',
      hello: false,
    });
    assert.equal(formats.formatDuration(-20 * 60_000), '-1h40');
    assert.throws(
      () => load(path.join(consumer, 'node_modules', ...packageName.split('/'))),
      /Cannot find module 'vscode'/,
    );
  });
});
