import * as vscode from 'vscode';
import type { Api, Entry, Output, ReportArgs, ReportModel, Resolve } from '../../src/api';
import { activitiesCsv } from './activitiesCsv';
import { billing } from './billing';
import { billingCsv } from './billingCsv';
import { billingMarkdown } from './billingMarkdown';
import { readBillingSettings } from './billingSettings';
import { FORMAT_NAMES, type Format } from './formats';
import { journalBreakdown } from './journalBreakdown';
import { reportJson } from './reportJson';
import { reportMarkdown } from './reportMarkdown';

/** What `export` resolves to; undefined when the user cancelled the save dialog. */
export interface ExportResult {
  readonly format: Format;
  readonly destination: 'file' | 'clipboard';
  /** The file written. */
  readonly path?: string;
  readonly bytes: number;
  /** What the export left out, and why: amounts of rates the settings have wrong, the journal's breakdown. */
  readonly note?: string;
}

/** An export's text, and what it left out. */
interface Written {
  readonly text: string;
  readonly note?: string;
}

/** Runs `export`: the report (or its billing) of the args' days in the args' format, delivered where they say. */
export async function runExport(
  api: Api,
  args: Record<string, unknown>,
  resolve: Resolve,
): Promise<ExportResult> {
  const format = args.format as Format;
  const { date, from, to, week, month, project } = args as ReportArgs;
  const reportArgs: ReportArgs = { date, from, to, week, month, project };
  const now = resolve(api.tokens.Now);
  const entries = await resolve(api.tokens.Timesheet).entries();
  const section = typeof args.csvSection === 'string' ? args.csvSection : 'activities';
  // One model per export: utt's sections build their own (with csvSection), the other formats this one.
  if (format === 'csv' && section !== 'activities') {
    const csvSection = section as ReportArgs['csvSection'];
    return deliver(
      format,
      { text: uttSection(api, resolve, entries, { ...reportArgs, csvSection }, now) },
      args,
    );
  }
  const model = resolve(api.tokens.ReportBuilder).build(entries, reportArgs, now);
  return deliver(format, await serialise(api, resolve, format, model, now), args);
}

async function serialise(
  api: Api,
  resolve: Resolve,
  format: Format,
  model: ReportModel,
  now: Date,
): Promise<Written> {
  switch (format) {
    case 'csv':
      return { text: activitiesCsv(model) };
    case 'json':
    case 'markdown': {
      const { breakdown, note } = await journalBreakdown(api, resolve, model, now);
      return {
        text: format === 'json' ? reportJson(model, breakdown) : reportMarkdown(model, breakdown),
        note,
      };
    }
    case 'billing-csv':
    case 'billing-markdown': {
      const { settings, warning } = readBillingSettings();
      if (warning) void vscode.window.showWarningMessage(warning);
      const bill = billing(model, settings);
      return {
        text: format === 'billing-csv' ? billingCsv(bill, settings) : billingMarkdown(model, bill, settings),
        note: warning,
      };
    }
  }
}

/** One of utt's CSV sections, through the same components as `report --csvSection`. */
function uttSection(
  api: Api,
  resolve: Resolve,
  entries: readonly Entry[],
  args: ReportArgs,
  now: Date,
): string {
  let text = '';
  const capture: Output = { write: (piece) => (text += piece) };
  resolve(api.tokens.ReportView).render(resolve(api.tokens.ReportBuilder).build(entries, args, now), capture);
  return text;
}

async function deliver(
  format: Format,
  { text, note }: Written,
  args: Record<string, unknown>,
): Promise<ExportResult> {
  const bytes = Buffer.byteLength(text);
  const noted = note === undefined ? {} : { note };
  if (typeof args.path === 'string' && args.path !== '') {
    await vscode.workspace.fs.writeFile(vscode.Uri.file(args.path), Buffer.from(text));
    return { format, destination: 'file', path: args.path, bytes, ...noted };
  }
  if (args.destination === 'clipboard') {
    await vscode.env.clipboard.writeText(text);
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Timekeeper: the report is on the clipboard as {0}.', FORMAT_NAMES[format]),
    );
    return { format, destination: 'clipboard', bytes, ...noted };
  }
  // runCommand never prompts: the save dialog belongs to the palette's prompt, which hands back the path.
  throw new Error(
    vscode.l10n.t(
      "Export to a file needs the argument 'path' (or destination 'clipboard'); from the Command Palette, Timekeeper: Export Report… asks where to save.",
    ),
  );
}
