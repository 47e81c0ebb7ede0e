import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { escapeForScript } from './escapeForScript';

/**
 * The report webview's page: a skeleton of the report that shows before any script runs, the first data embedded
 * as JSON (so the script draws it at once instead of asking for it and waiting), and the bundled script and styles
 * (dist/webview). The policy allows nothing but those files and the tags bearing this page's nonce: no inline
 * script or style, no remote resource, no eval. The data block is never executed: it is read with JSON.parse and put
 * in the DOM as text.
 *
 * `firstMessage` is a ToWebview as JSON; without it (a panel restored after a reload) the script asks for data.
 */
export function reportHtml(webview: vscode.Webview, assets: vscode.Uri, firstMessage?: string): string {
  const nonce = randomBytes(18).toString('base64');
  const asset = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(assets, file)).toString();
  const source = webview.cspSource;
  const policy = [
    "default-src 'none'",
    `style-src ${source}`,
    `font-src ${source}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  const data =
    firstMessage === undefined
      ? ''
      : `<script type="application/json" id="initial-data" nonce="${nonce}">${escapeForScript(firstMessage)}</script>\n`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${asset('codicon.css')}">
<link rel="stylesheet" href="${asset('report.css')}">
<title>Timekeeper Report</title>
</head>
<body>
<main id="report" aria-busy="true">
<div class="skeleton">
<p class="skeleton-status" role="status">Loading the report…</p>
<div class="skeleton-toolbar" aria-hidden="true"></div>
<div class="cards" aria-hidden="true"><div class="card"></div><div class="card"></div><div class="card"></div><div class="card"></div></div>
<div class="skeleton-chart" aria-hidden="true"></div>
</div>
</main>
${data}<script nonce="${nonce}" src="${asset('report.js')}"></script>
</body>
</html>`;
}
