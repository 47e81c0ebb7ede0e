import type { ExportDestination, ExportFormat, ReportData, ReportQuery } from '../protocol';
import { el, icon } from './dom';
import { projectLabel, weekdayOf } from './format';
import { PRESETS, presetOfRange, rangeOfPreset, type PresetId } from './presets';

export interface ToolbarActions {
  query(query: ReportQuery): void;
  export(format: ExportFormat, destination: ExportDestination): void;
}

const EXPORTS: readonly {
  readonly label: string;
  readonly format: ExportFormat;
  readonly destination: ExportDestination;
}[] = [
  { label: 'CSV file…', format: 'csv', destination: 'file' },
  { label: 'JSON file…', format: 'json', destination: 'file' },
  { label: 'Markdown file…', format: 'markdown', destination: 'file' },
  { label: 'Copy as CSV', format: 'csv', destination: 'clipboard' },
  { label: 'Copy as JSON', format: 'json', destination: 'clipboard' },
  { label: 'Copy as Markdown', format: 'markdown', destination: 'clipboard' },
];

/**
 * The title and the controls: range preset, custom days, project filter, export. Built once and updated in
 * place, so the control a keyboard user just changed keeps the focus when the new data arrives.
 */
export class Toolbar {
  readonly element: HTMLElement;
  private readonly title = el('h1', {}, 'Timekeeper report');
  private readonly subtitle = el('p', { class: 'subtitle muted' });
  private readonly preset = el('select', { id: 'range-preset' });
  private readonly from = el('input', { type: 'date', id: 'range-from', required: '' });
  private readonly to = el('input', { type: 'date', id: 'range-to', required: '' });
  private readonly custom = el(
    'span',
    { class: 'custom-range' },
    el('label', { for: 'range-from' }, 'From'),
    this.from,
    el('label', { for: 'range-to' }, 'to'),
    this.to,
  );
  private readonly project = el('select', { id: 'project-filter' });
  private readonly exporter = el(
    'select',
    { id: 'export', 'aria-label': 'Export' },
    el('option', { value: '' }, 'Export…'),
    ...EXPORTS.map((choice, index) => el('option', { value: String(index) }, choice.label)),
  );
  private projects: (string | undefined)[] = [];
  private data: ReportData | undefined;

  constructor(private readonly actions: ToolbarActions) {
    for (const { id, label } of PRESETS) this.preset.append(el('option', { value: id }, label));
    this.element = el(
      'header',
      { class: 'toolbar' },
      el('div', { class: 'heading' }, this.title, this.subtitle),
      el(
        'div',
        { class: 'controls' },
        el('label', { for: 'range-preset' }, icon('calendar'), ' Range'),
        this.preset,
        this.custom,
        el('label', { for: 'project-filter' }, icon('filter'), ' Project'),
        this.project,
        el('span', { class: 'export-control' }, icon('export'), this.exporter),
      ),
    );
    this.preset.addEventListener('change', () => this.presetChanged());
    this.from.addEventListener('change', () => this.customChanged());
    this.to.addEventListener('change', () => this.customChanged());
    this.project.addEventListener('change', () =>
      this.send({ project: this.projects[this.project.selectedIndex] }),
    );
    this.exporter.addEventListener('change', () => {
      const choice = this.exporter.value === '' ? undefined : EXPORTS[Number(this.exporter.value)];
      this.exporter.value = '';
      if (choice) this.actions.export(choice.format, choice.destination);
    });
  }

  update(data: ReportData): void {
    this.data = data;
    const preset = presetOfRange(data.query.range, data.today);
    this.preset.value = preset;
    this.custom.hidden = preset !== 'custom';
    this.from.value = data.first;
    this.to.value = data.last;
    const days = data.first === data.last ? day(data.first) : `${day(data.first)} – ${day(data.last)}`;
    this.subtitle.textContent =
      data.query.project === undefined ? days : `${days} · project ${projectLabel(data.query.project)}`;
    const choices = new Set(data.allProjects);
    if (data.query.project !== undefined) choices.add(data.query.project);
    this.projects = [undefined, ...[...choices].sort()];
    this.project.replaceChildren(
      ...this.projects.map((project) =>
        el('option', {}, project === undefined ? 'All projects' : projectLabel(project)),
      ),
    );
    this.project.selectedIndex = this.projects.indexOf(data.query.project);
  }

  /** Narrows the report to one project, as choosing it in the filter does. */
  filterTo(project: string): void {
    this.send({ project });
  }

  private presetChanged(): void {
    const id = this.preset.value as PresetId;
    if (!this.data) return;
    if (id === 'custom') {
      // The days shown stay until the user picks others.
      this.custom.hidden = false;
      this.from.focus();
      return;
    }
    this.send({ range: rangeOfPreset(id, this.data.today, this.data) });
  }

  private customChanged(): void {
    if (!this.from.value || !this.to.value || this.from.value > this.to.value) return;
    this.send({ range: { from: this.from.value, to: this.to.value } });
  }

  private send(change: Partial<ReportQuery>): void {
    if (!this.data) return;
    const next = { ...this.data.query, ...change };
    this.actions.query(next.project === undefined ? { range: next.range } : next);
  }
}

function day(date: string): string {
  return `${weekdayOf(date)} ${date}`;
}
