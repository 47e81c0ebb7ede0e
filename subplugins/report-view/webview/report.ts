import type {
  BreakdownData,
  FromWebview,
  RenderedCounts,
  ReportData,
  ReportMessage,
  ToWebview,
  Translations,
  WebviewState,
} from '../protocol';
import { DEFAULT_SORT, renderActivitiesTable, type TableSort } from './activitiesTable';
import { renderBreakdown } from './breakdown';
import { renderCards } from './cards';
import { renderChart } from './chart';
import { el } from './dom';
import { ExplainPane, type Explain } from './explainPane';
import { t, useTranslations } from './l10n';
import { renderProjects } from './projects';
import { renderTimeline } from './timeline';
import { Toolbar } from './toolbar';

/*
 * The report webview's script (bundled by esbuild.mjs into dist/webview/report.js). It draws the data embedded in
 * the page, or asks for data with `ready`, draws each `data` message, and tells the extension what it drew
 * (`rendered`), which `open-report` returns.
 */

// The display language and its translations come with the page, so even its first drawing is in that language.
const translations = document.getElementById('l10n');
if (translations) useTranslations(JSON.parse(translations.textContent ?? '') as Translations);

/** When this page's script began: what the first render reports, to tell VS Code's start of the webview from ours. */
let scriptStarted: number | undefined = Date.now();
const vscode = acquireVsCodeApi<WebviewState>();
const root = document.getElementById('report') as HTMLElement;
const post = (message: FromWebview) => vscode.postMessage(message);

const toolbar = new Toolbar({
  query(query) {
    root.setAttribute('aria-busy', 'true');
    post({ type: 'query', query });
  },
  export: (format, destination) => post({ type: 'export', format, destination }),
});
const problem = el('div', { class: 'problem', role: 'alert' });
const content = el('div', { class: 'content' });
const chartBox = el('div', { class: 'chart-box' });
const breakdownBox = el('div');
const explainPane = new ExplainPane(root, (line) => reveal(line));
// The page's skeleton goes: from here on the script draws.
root.replaceChildren(toolbar.element, problem, explainPane.element, content);

let shown: ReportData | undefined;
let latestVersion = -1;
let sort: TableSort = DEFAULT_SORT;

window.addEventListener('message', (event: MessageEvent<ToWebview>) => receive(event.data));

function receive(message: ToWebview): void {
  switch (message.type) {
    case 'explanation':
      return explainPane.show(message.request, message.explanation);
    case 'explanation-error':
      return explainPane.fail(message.request, message.message);
    case 'breakdown':
      return addBreakdown(message.version, message.breakdown);
    default:
      return show(message, Date.now());
  }
}

function show(message: ReportMessage, dataArrived: number): void {
  // A slow answer to an older query must not replace a newer one.
  if (message.version < latestVersion) return;
  latestVersion = message.version;
  if (message.type === 'data') {
    shown = message.data;
    vscode.setState({ query: message.data.query });
    problem.replaceChildren();
    render(message.data);
  } else {
    vscode.setState({ query: message.query });
    problem.replaceChildren(
      el('span', { class: 'codicon codicon-error', 'aria-hidden': 'true' }),
      ` ${message.message}`,
    );
  }
  root.setAttribute('aria-busy', 'false');
  // Counting reads innerText, which lays the page out: `drawn` comes after it.
  const drawnCounts = counts();
  const timing = { scriptStarted, dataArrived, drawn: Date.now() };
  scriptStarted = undefined;
  post({ type: 'rendered', version: message.version, counts: drawnCounts, timing });
}

// The chart is drawn at its box's width, so it is redrawn when the panel is resized.
let chartWidth = 0;
new ResizeObserver(() => {
  if (shown && chartBox.clientWidth !== chartWidth) drawChart(shown);
}).observe(chartBox);

function drawChart(data: ReportData): void {
  chartWidth = chartBox.clientWidth;
  chartBox.replaceChildren(renderChart(data, Math.max(chartWidth, 240)));
}

const reveal = (line: number) => post({ type: 'reveal', line });

let explainRequests = 0;
const explain: Explain = (target, subject, opener) => {
  if (!shown) return;
  const request = ++explainRequests;
  explainPane.open(request, subject, opener);
  post({ type: 'explain', request, query: { range: shown.query.range, ...target } });
};

/** The breakdown read after its data was drawn: added in place, so nothing else is redrawn under the reader. */
function addBreakdown(version: number, breakdown: BreakdownData): void {
  if (version !== latestVersion || !shown) return;
  shown = { ...shown, breakdown };
  drawBreakdown(breakdown);
}

function drawBreakdown(breakdown: BreakdownData | undefined): void {
  breakdownBox.replaceChildren(
    ...(breakdown ? [section(t('Where the time went'), renderBreakdown(breakdown))] : []),
  );
}

function render(data: ReportData): void {
  toolbar.update(data);
  const table = el('div', {}, activitiesTable(data));
  content.replaceChildren(
    renderCards(data),
    section(t('Per day'), chartBox),
    el(
      'div',
      { class: 'columns' },
      section(
        t('Projects'),
        renderProjects(data, (project) => toolbar.filterTo(project), explain),
      ),
      section(t('Activities'), table),
    ),
    breakdownBox,
    section(t('Details'), renderTimeline(data, reveal)),
  );
  drawChart(data);
  drawBreakdown(data.breakdown);

  function activitiesTable(current: ReportData): HTMLElement {
    return renderActivitiesTable(
      current,
      sort,
      (next) => {
        sort = next;
        table.replaceChildren(activitiesTable(current));
        // The header just used keeps the focus, as it would in a native table.
        table.querySelectorAll<HTMLButtonElement>('th button')[next.column]?.focus();
      },
      reveal,
      explain,
    );
  }
}

/** Numbers the headings' ids: one made of a translated title could be empty (`\W` drops every Greek letter). */
let sections = 0;

function section(title: string, body: HTMLElement): HTMLElement {
  const id = `section-${++sections}`;
  return el('section', { 'aria-labelledby': id }, el('h2', { id }, title), body);
}

function counts(): RenderedCounts {
  return {
    // innerText, not textContent: a person reads a card's label, value and note as separate words.
    cards: [...root.querySelectorAll<HTMLElement>('.card')].map((card) =>
      card.innerText.replace(/\s+/g, ' ').trim(),
    ),
    bars: root.querySelectorAll('svg.chart g.bar').length,
    projects: root.querySelectorAll('ul.projects > li').length,
    tableRows: root.querySelectorAll('table.activities tbody tr').length,
    days: root.querySelectorAll('details.day').length,
  };
}

/**
 * The data the page came with, if it is this page's first load: a page VS Code reloads after hiding it (its saved
 * state says so) still holds the data it first had, which may be old, so it asks instead.
 */
function embeddedMessage(): ReportMessage | undefined {
  const element = document.getElementById('initial-data');
  // Read once: the DOM keeps no second copy of the data.
  element?.remove();
  if (!element || vscode.getState() !== undefined) return undefined;
  return JSON.parse(element.textContent ?? '') as ReportMessage;
}

const embedded = embeddedMessage();
if (embedded) show(embedded, Date.now());
post(embedded ? { type: 'ready', version: embedded.version } : { type: 'ready' });
