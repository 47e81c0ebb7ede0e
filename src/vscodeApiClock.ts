// The second module to run: it makes the bundle's first `require('vscode')`, which is when the extension host builds
// this extension's whole `vscode` API object. That is VS Code's work (every extension pays it), so Timekeeper's
// activation log reports it apart from the time its own code takes.
import 'vscode';

export const vscodeApiLoaded = performance.now();
export const vscodeApiLoadedCpu = process.cpuUsage();
