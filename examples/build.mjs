// Builds the example plugins: type-checks them (tsc, examples/tsconfig.json), then bundles each
// examples/<name>/src/extension.ts into examples/<name>/dist/extension.js with esbuild, the helper package included,
// exactly as a plugin author's own build would. scripts/package.mjs packages them afterwards.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const here = path.dirname(new URL(import.meta.url).pathname);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const checked = spawnSync(process.execPath, [tsc, '-p', path.join(here, 'tsconfig.json')], {
  stdio: 'inherit',
});
if (checked.status !== 0) process.exit(1);

const names = readdirSync(here).filter((n) => existsSync(path.join(here, n, 'src', 'extension.ts')));
for (const name of names) {
  await esbuild.build({
    entryPoints: [path.join(here, name, 'src', 'extension.ts')],
    outfile: path.join(here, name, 'dist', 'extension.js'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['vscode'],
    // In a plugin's own repository this is an installed package; here it is the package's source beside us.
    alias: { '@timekeeper/vscode-timekeeper-api': path.join(here, '..', 'api', 'src', 'index.ts') },
    logLevel: 'warning',
  });
}
console.log(`examples: built ${names.join(', ')}`);
