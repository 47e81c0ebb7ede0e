import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

/**
 * The report webview's page: an empty shell that loads the bundled script and styles (dist/webview). The policy
 * allows nothing but those files and the one script tag bearing this page's nonce: no inline script or style, no
 * remote resource, no eval. The data arrives later as a message and is put in the DOM as text.
 */
export function reportHtml(webview: vscode.Webview, assets: vscode.Uri): string {
  const nonce = randomBytes(18).toString('base64');
  const asset = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(assets, file)).toString();
  const source = webview.cspSource;
  const policy = [
    "default-src 'none'",
    `style-src ${source}`,
    `font-src ${source}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
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
<main id="report" aria-busy="true"></main>
<script nonce="${nonce}" src="${asset('report.js')}"></script>
</body>
</html>`;
}
