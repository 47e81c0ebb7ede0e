import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { escapeForScript } from './escapeForScript';
import type { Translations } from './protocol';

/**
 * The report webview's page: a skeleton of the report that shows before any script runs, the first data embedded
 * as JSON (so the script draws it at once instead of asking for it and waiting), and the bundled script and styles
 * (dist/webview). The policy allows nothing but those files and the tags bearing this page's nonce: no inline
 * script or style, no remote resource, no eval. The data block is never executed: it is read with JSON.parse and put
 * in the DOM as text. The page carries the display language and the translations too, in a block of its own: a page
 * VS Code reloads, or one restored without data, draws in that language from its first frame.
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
  const json = (id: string, text: string) =>
    `<script type="application/json" id="${id}" nonce="${nonce}">${escapeForScript(text)}</script>\n`;
  const data = firstMessage === undefined ? '' : json('initial-data', firstMessage);
  const l10n = translations();
  return `<!DOCTYPE html>
<html lang="${/^[\w-]+$/.test(l10n.language) ? l10n.language : 'en'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${asset('codicon.css')}">
<link rel="stylesheet" href="${asset('report.css')}">
<title>${vscode.l10n.t('Timekeeper Report')}</title>
</head>
<body>
<main id="report" aria-busy="true">
<div class="skeleton">
<p class="skeleton-status" role="status">${vscode.l10n.t('Loading the report…')}</p>
<div class="skeleton-toolbar" aria-hidden="true"></div>
<div class="cards" aria-hidden="true"><div class="card"></div><div class="card"></div><div class="card"></div><div class="card"></div></div>
<div class="skeleton-chart" aria-hidden="true"></div>
</div>
</main>
${json('l10n', JSON.stringify(l10n))}${data}<script nonce="${nonce}" src="${asset('report.js')}"></script>
</body>
</html>`;
}

/** VS Code's display language and the extension's translations into it (none in English). */
function translations(): Translations {
  const bundle = vscode.l10n.bundle;
  return bundle ? { language: vscode.env.language, bundle } : { language: vscode.env.language };
}
