import type { ExportDestination, ExportFormat, ReportData, ReportQuery } from '../protocol';
import { el } from './dom';
import { projectLabel, weekdayOf } from './format';
import { t } from './l10n';
import { MenuButton } from './menuButton';
import { PRESETS, presetOfRange, rangeOfPreset, type PresetId } from './presets';

export interface ToolbarActions {
  query(query: ReportQuery): void;
  export(format: ExportFormat, destination: ExportDestination): void;
}

const EXPORTS: readonly {
  readonly label: () => string;
  readonly format: ExportFormat;
  readonly destination: ExportDestination;
}[] = [
  { label: () => t('CSV file…'), format: 'csv', destination: 'file' },
  { label: () => t('JSON file…'), format: 'json', destination: 'file' },
  { label: () => t('Markdown file…'), format: 'markdown', destination: 'file' },
  { label: () => t('Copy as CSV'), format: 'csv', destination: 'clipboard' },
  { label: () => t('Copy as JSON'), format: 'json', destination: 'clipboard' },
  { label: () => t('Copy as Markdown'), format: 'markdown', destination: 'clipboard' },
];

/**
 * The title and the controls: range preset, custom days, project filter, export. Built once and updated in
 * place, so the control a keyboard user just changed keeps the focus when the new data arrives. Range, project and
 * export are menu buttons: they act on a confirmed choice, never on an arrow key.
 */
export class Toolbar {
  readonly element: HTMLElement;
  private readonly title = el('h1', {}, t('Timekeeper report'));
  private readonly subtitle = el('p', { class: 'subtitle muted' });
  private readonly preset = new MenuButton<PresetId>(
    'range-preset',
    t('Range'),
    'calendar',
    (id) => this.presetChanged(id),
    true,
  );
  private readonly from = el('input', { type: 'date', id: 'range-from', required: '' });
  private readonly to = el('input', { type: 'date', id: 'range-to', required: '' });
  private readonly custom = el(
    'span',
    { class: 'custom-range' },
    el('label', { for: 'range-from' }, t('From')),
    this.from,
    el('label', { for: 'range-to' }, t('to')),
    this.to,
  );
  private readonly project = new MenuButton<string | undefined>(
    'project-filter',
    t('Project'),
    'filter',
    (project) => this.send({ project }),
    true,
  );
  private readonly exporter = new MenuButton<(typeof EXPORTS)[number]>(
    'export',
    t('Export'),
    'export',
    (choice) => this.actions.export(choice.format, choice.destination),
    false,
  );
  private data: ReportData | undefined;

  constructor(private readonly actions: ToolbarActions) {
    this.exporter.setChoices(
      EXPORTS.map((choice) => ({ label: choice.label(), value: choice })),
      undefined,
    );
    this.element = el(
      'header',
      { class: 'toolbar' },
      el('div', { class: 'heading' }, this.title, this.subtitle),
      el(
        'div',
        { class: 'controls' },
        this.preset.element,
        this.custom,
        this.project.element,
        this.exporter.element,
      ),
    );
    this.from.addEventListener('change', () => this.customChanged());
    this.to.addEventListener('change', () => this.customChanged());
  }

  update(data: ReportData): void {
    this.data = data;
    const preset = presetOfRange(data.query.range, data.today);
    this.preset.setChoices(
      PRESETS.map(({ id, label }) => ({ label: label(), value: id })),
      PRESETS.findIndex(({ id }) => id === preset),
    );
    this.custom.hidden = preset !== 'custom';
    this.from.value = data.first;
    this.to.value = data.last;
    const days = data.first === data.last ? day(data.first) : `${day(data.first)} – ${day(data.last)}`;
    this.subtitle.textContent =
      data.query.project === undefined
        ? days
        : t('{0} · project {1}', days, projectLabel(data.query.project));
    const choices = new Set(data.allProjects);
    if (data.query.project !== undefined) choices.add(data.query.project);
    const projects = [undefined, ...[...choices].sort()];
    this.project.setChoices(
      projects.map((project) => ({
        label: project === undefined ? t('All projects') : projectLabel(project),
        value: project,
      })),
      projects.indexOf(data.query.project),
    );
  }

  /** Narrows the report to one project, as choosing it in the filter does. */
  filterTo(project: string): void {
    this.send({ project });
  }

  private presetChanged(id: PresetId): void {
    if (!this.data) return;
    if (id === 'custom') {
      // The days shown stay until the user picks others.
      this.custom.hidden = false;
      this.preset.setChoices(
        PRESETS.map(({ id: value, label }) => ({ label: label(), value })),
        PRESETS.findIndex((preset) => preset.id === 'custom'),
      );
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
