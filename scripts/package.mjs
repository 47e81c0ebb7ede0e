// Builds the minified bundle and packages the real VSIX files the integration suite installs:
// Timekeeper itself (dist/timekeeper.vsix), the plugin fixtures (out/fixtures/*.vsix) and the example plugins
// (out/examples/*.vsix, built by examples/build.mjs).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const vsce = path.join(root, 'node_modules/@vscode/vsce/vsce');
const run = (cwd, ...args) => execFileSync(process.execPath, args, { cwd, stdio: 'inherit' });

run(root, 'esbuild.mjs', '--production');
mkdirSync(path.join(root, 'dist'), { recursive: true });
// The extension's page in VS Code shows the README in a webview whose images may only be https: or data: URIs, so
// a picture shipped in the VSIX and linked relatively never shows there, and an https link needs a network. The
// packaged README therefore carries its pictures inline; the repository's README keeps its relative links.
const readme = readFileSync(path.join(root, 'README.md'), 'utf8').replace(
  /!\[([^\]]*)\]\((images\/[\w.-]+\.png)\)/g,
  (_, alt, image) =>
    `![${alt}](data:image/png;base64,${readFileSync(path.join(root, image)).toString('base64')})`,
);
writeFileSync(path.join(root, 'dist/README.md'), readme);
// --no-dependencies: everything is bundled; the VSIX ships no node_modules. --no-rewrite-relative-links: the
// README's other relative links (docs/) stay as they are: no public repository to point them to exists yet.
run(
  root,
  vsce,
  'package',
  '--no-dependencies',
  '--no-update-package-json',
  '--no-rewrite-relative-links',
  '--readme-path',
  'dist/README.md',
  '--out',
  'dist/timekeeper.vsix',
);

const fixtures = path.join(root, 'test/fixtures');
const out = path.join(root, 'out/fixtures');
mkdirSync(out, { recursive: true });
for (const name of readdirSync(fixtures).sort()) {
  const dir = path.join(fixtures, name);
  if (!statSync(path.join(dir, 'package.json'), { throwIfNoEntry: false })) continue;
  run(dir, vsce, 'package', '--no-dependencies', '--out', path.join(out, `${name}.vsix`));
}

run(root, 'examples/build.mjs');
const examples = path.join(root, 'examples');
const examplesOut = path.join(root, 'out/examples');
mkdirSync(examplesOut, { recursive: true });
for (const name of readdirSync(examples, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()) {
  const dir = path.join(examples, name);
  if (!statSync(path.join(dir, 'package.json'), { throwIfNoEntry: false })) continue;
  run(dir, vsce, 'package', '--no-dependencies', '--out', path.join(examplesOut, `${name}.vsix`));
}
run(root, 'test/runner/build-tests.mjs');
