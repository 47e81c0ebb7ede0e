// Builds the package into api/dist with tsc: the helper's JavaScript and the declarations of the helper and of
// src/api, the contract Timekeeper itself is built from. `npm pack` runs it first (prepack).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
// TypeScript is the repository's devDependency: the package itself has no dependencies to install.
const tsc = createRequire(path.join(here, '..', 'package.json')).resolve('typescript/bin/tsc');
rmSync(path.join(here, 'dist'), { recursive: true, force: true });
const { status } = spawnSync(process.execPath, [tsc, '-p', path.join(here, 'tsconfig.json')], {
  stdio: 'inherit',
});
process.exitCode = status ?? 1;
