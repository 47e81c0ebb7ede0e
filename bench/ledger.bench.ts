// The ledger's budget (issue 13), measured: node --import tsx bench/ledger.bench.ts (npm run bench runs it bundled)
//   one 8-hour day of journal spans into suggestions   ≤ 20 ms (the budget of reading that day into spans)
import type { Span } from '../src/api';
import { defaultWorkName } from '../src/journal/workName';
import { planSuggestions, uncoveredStretches } from '../src/ledger/suggestions';

const MINUTE = 60_000;
const BUDGET_MS = 20;

const row = (label: string, value: string, budget: string, ok: boolean) =>
  console.log(`${ok ? 'ok  ' : 'OVER'}  ${label.padEnd(52)} ${value.padStart(12)}   (budget ${budget})`);

/**
 * A working day as the journal reads it: 09:00–12:00 and 13:00–18:00, another file every one to three minutes (six
 * files, three languages), two branches, two minutes of terminal every half hour, and an agent editing at lunch.
 */
function dayOfSpans(dayStart: number): Span[] {
  const files: [string, string][] = [
    ['src/login/form.ts', 'typescript'],
    ['src/login/session.ts', 'typescript'],
    ['test/login/form.test.ts', 'typescript'],
    ['README.md', 'markdown'],
    ['docs/LOGIN.md', 'markdown'],
    ['package.json', 'json'],
  ];
  const spans: Span[] = [];
  for (const [from, to] of [
    [9, 12],
    [13, 18],
  ] as const) {
    let minute = from * 60;
    let i = 0;
    while (minute < to * 60) {
      const length = 1 + (i % 3);
      const branch = minute < 15 * 60 ? 'feature/ABC-123-login' : 'fix/ABC-150-session-timeout';
      const [file, language] = files[i % files.length] as [string, string];
      const start = dayStart + (minute - 9 * 60) * MINUTE;
      const work =
        minute % 30 < 2
          ? { kind: 'terminal' as const, detail: 'npm' }
          : { kind: 'edit' as const, file, language, repository: 'acme' };
      spans.push({
        start,
        end: start + length * MINUTE,
        actor: 'person',
        source: 'own',
        folder: 'acme',
        branch,
        ...work,
      });
      minute += length;
      i++;
    }
  }
  for (let t = dayStart + 3 * 60 * MINUTE; t < dayStart + 3.5 * 60 * MINUTE; t += 2 * MINUTE) {
    spans.push({
      start: t,
      end: t + 2 * MINUTE,
      kind: 'agent',
      actor: 'agent',
      source: 'own',
      folder: 'acme',
      file: 'src/gen.ts',
    });
  }
  return spans.sort((a, b) => a.start - b.start);
}

function main(): void {
  const dayStart = new Date(2024, 4, 6, 9, 0).getTime();
  const spans = dayOfSpans(dayStart);
  const entries = [{ date: new Date(dayStart), name: 'hello' }];
  const range = { from: new Date(2024, 4, 6), to: new Date(2024, 4, 7) };
  const suggest = () =>
    planSuggestions(
      uncoveredStretches(entries, range),
      spans,
      (span) => defaultWorkName.name(span),
      10 * MINUTE,
    );
  for (let i = 0; i < 5; i++) suggest(); // warm up
  const times: number[] = [];
  let suggested = 0;
  for (let i = 0; i < 21; i++) {
    const start = performance.now();
    suggested = suggest().entries.length;
    times.push(performance.now() - start);
  }
  const median = [...times].sort((a, b) => a - b)[10] as number;
  const ok = median <= BUDGET_MS;
  row(
    `8-hour day (${spans.length} spans) into ${suggested} suggestions, median of 21`,
    `${median.toFixed(2)} ms`,
    `${BUDGET_MS} ms`,
    ok,
  );
  console.log(ok ? 'ledger budgets: met' : 'ledger budgets: EXCEEDED');
  process.exitCode = ok ? 0 : 1;
}
main();
