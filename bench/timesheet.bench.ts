// Timesheet and report figures (issue 3 budgets), on timesheets this script generates in a temp folder.
// Run: node --import tsx --expose-gc bench/timesheet.bench.ts   (or `npm run bench`, which runs every bench)
import { promises as fs, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildReportModel, renderReportText } from '../src/core';
import { TimesheetStore } from '../src/store/timesheetStore';

const ENTRIES_PER_DAY = 20;
const NAMES = [
  'acme: review',
  'acme: build',
  'globex: support',
  'lunch**',
  'reading',
  'initech: meeting',
  'commute***',
];

/** About 14 years of 20 entries a day for 105,000 entries; every day starts with hello. */
function generate(entries: number): { text: string; lastDay: Date } {
  const lines: string[] = [];
  const day = new Date(2012, 0, 2);
  let count = 0;
  while (count < entries) {
    const date = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    if (lines.length > 0) lines.push('');
    for (let i = 0; i < ENTRIES_PER_DAY && count < entries; i++, count++) {
      const minutes = 8 * 60 + i * 30;
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      const name = i === 0 ? 'hello' : NAMES[(count * 7 + i) % NAMES.length];
      lines.push(i % 9 === 4 ? `${date} ${time} ${name}  # note ${count}` : `${date} ${time} ${name}`);
    }
    day.setDate(day.getDate() + 1);
  }
  day.setDate(day.getDate() - 1);
  return { text: `${lines.join('\n')}\n`, lastDay: new Date(day) };
}

const ms = (start: number) => performance.now() - start;
const fmt = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

function row(what: string, value: string, budget: string, ok: boolean): void {
  console.log(`${ok ? 'ok  ' : 'OVER'}  ${what.padEnd(58)} ${value.padStart(12)}   (budget ${budget})`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'timekeeper-bench-'));
  console.log('Timesheet and report (generated timesheets; best of 5 for warm figures)');

  const small = generate(105_000);
  const smallFile = path.join(dir, 'utt-105k.log');
  await fs.writeFile(smallFile, small.text);
  const day = small.lastDay;
  const now = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 18, 0);
  const dayArgs = { date: `${day.getFullYear()}-${day.getMonth() + 1}-${day.getDate()}` };

  // The generator's garbage is not the store's: collect it before timing (cold means code and caches, not heap).
  small.text = '';
  gc();
  let start = performance.now();
  const store = new TimesheetStore(smallFile);
  const entries = await store.entries();
  renderReportText(buildReportModel(entries, dayArgs, now));
  const cold = ms(start);
  row(`105,000 entries: cold parse + one-day report (${entries.length})`, fmt(cold), '100 ms', cold <= 100);

  const warm: number[] = [];
  for (let i = 0; i < 5; i++) {
    start = performance.now();
    renderReportText(buildReportModel(await store.entries(), dayArgs, now));
    warm.push(ms(start));
  }
  row(
    '105,000 entries: warm one-day report (store + model + text)',
    fmt(Math.min(...warm)),
    '5 ms',
    Math.min(...warm) <= 5,
  );

  const whole: number[] = [];
  for (let i = 0; i < 3; i++) {
    start = performance.now();
    renderReportText(buildReportModel(await store.entries(), { from: '2012-01-01', to: dayArgs.date }, now));
    whole.push(ms(start));
  }
  row('105,000 entries: report over the whole range', fmt(median(whole)), '300 ms', median(whole) <= 300);
  store.dispose();

  const big = generate(1_000_000);
  const bigFile = path.join(dir, 'utt-1m.log');
  await fs.writeFile(bigFile, big.text);
  big.text = '';
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  start = performance.now();
  const bigStore = new TimesheetStore(bigFile);
  const bigEntries = await bigStore.entries();
  const bigCold = ms(start);
  gc();
  const growth = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  row(`1,000,000 entries: cold load (${bigEntries.length})`, fmt(bigCold), '1.5 s', bigCold <= 1500);
  row('1,000,000 entries: heap growth after load', `${growth.toFixed(0)} MB`, '250 MB', growth <= 250);

  const appends: number[] = [];
  const last = big.lastDay;
  for (let i = 0; i < 5; i++) {
    const at = new Date(last.getFullYear(), last.getMonth(), last.getDate(), 23, 50 + i);
    start = performance.now();
    await bigStore.append({ date: at, name: `bench: append ${i}` });
    appends.push(ms(start));
  }
  row('1,000,000 entries: append one entry (warm store)', fmt(median(appends)), '5 ms', median(appends) <= 5);
  bigStore.dispose();
  await fs.rm(dir, { recursive: true, force: true });
}

void main();
