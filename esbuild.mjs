// Bundles the extension, its sub-plugins and every dependency into dist/extension.mjs (CONTRIBUTING.md), and the
// report webview's script, styles and codicon font into dist/webview/.
//
// The extension is an ES module (VS Code loads those natively since 1.100, the oldest version Timekeeper supports),
// so esbuild can split it: code reached only through `await import('./…')` (a command's work, the ledger) goes into
// dist/chunks/ and loads when first used; activation evaluates only dist/extension.mjs and the chunks it imports.
//   node esbuild.mjs               development build (source map, not minified)
//   node esbuild.mjs --production  minified with a source map, for packaging
//   node esbuild.mjs --watch       rebuilds on change
import * as esbuild from 'esbuild';
import { readdirSync, existsSync, rmSync } from 'node:fs';
import * as path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const root = path.dirname(new URL(import.meta.url).pathname);

/**
 * Sub-plugins are found by folder convention: every `subplugins/<name>/index.ts`, loaded in the order of their
 * names (the way utt walks its plugin namespace). Adding a folder is all it takes.
 */
const subpluginsPlugin = {
  name: 'timekeeper-subplugins',
  setup(build) {
    build.onResolve({ filter: /^timekeeper:subplugins$/ }, () => ({
      path: 'subplugins',
      namespace: 'timekeeper',
    }));
    build.onLoad({ filter: /.*/, namespace: 'timekeeper' }, () => {
      const dir = path.join(root, 'subplugins');
      const names = readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'index.ts')))
        .map((d) => d.name)
        .sort();
      const imports = names.map(
        (n, i) => `import * as p${i} from ${JSON.stringify(path.join(dir, n, 'index.ts'))};`,
      );
      // The module namespace itself: `start` is optional, and naming a missing export would be a build warning.
      const list = names.map((n, i) => `{ name: ${JSON.stringify(n)}, module: p${i} }`);
      return {
        contents: `${imports.join('\n')}\nexport default [${list.join(', ')}];\n`,
        resolveDir: dir,
        loader: 'ts',
        watchDirs: [dir],
      };
    });
  },
};

/** Prints errors in the problem-matcher format, so `npm run watch` in a VS Code task shows them in Problems. */
const problemMatcherPlugin = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

// Chunk names carry a content hash: the last build's must not linger into the VSIX.
rmSync(path.join(root, 'dist/chunks'), { recursive: true, force: true });

const context = await esbuild.context({
  entryPoints: { extension: path.join(root, 'src/extension.ts') },
  bundle: true,
  format: 'esm',
  splitting: true,
  // `import * as vscode from 'vscode'` stays an import: VS Code's module loader hands every ES module of the
  // extension the same API object (no per-file copy, as a CommonJS bundle's `__toESM(require('vscode'))` made).
  platform: 'node',
  target: 'node20',
  outdir: path.join(root, 'dist'),
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  external: ['vscode'],
  // tsyringe's ES2015 build: its CommonJS one pulls in all of tslib and down-levelled classes (about 9 KB more).
  alias: { tsyringe: 'tsyringe/dist/esm2015/index.js' },
  minify: production,
  sourcemap: true,
  sourcesContent: false,
  metafile: true,
  legalComments: production ? 'none' : 'inline',
  logLevel: 'warning',
  plugins: [subpluginsPlugin, ...(watch ? [problemMatcherPlugin] : [])],
});

/** The report webview runs in a browser frame: its own bundle, loaded by the page that subplugins/report-view serves. */
const webviewContext = await esbuild.context({
  entryPoints: [
    { in: path.join(root, 'subplugins/report-view/webview/report.ts'), out: 'report' },
    { in: path.join(root, 'subplugins/report-view/webview/report.css'), out: 'report' },
    { in: path.join(root, 'node_modules/@vscode/codicons/dist/codicon.css'), out: 'codicon' },
  ],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  outdir: path.join(root, 'dist/webview'),
  // codicon.css refers to its font: copied beside it under its own name.
  loader: { '.ttf': 'file' },
  assetNames: '[name]',
  minify: production,
  sourcemap: !production,
  legalComments: production ? 'none' : 'inline',
  logLevel: 'warning',
  plugins: watch ? [problemMatcherPlugin] : [],
});

for (const each of [context, webviewContext]) {
  if (watch) {
    await each.watch();
  } else {
    await each.rebuild();
    await each.dispose();
  }
}
