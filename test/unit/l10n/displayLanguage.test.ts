// The report webview and the status bar's spoken label in the display language: webview/l10n.ts looks strings up in
// the bundle the panel hands the page, and the report's days and numbers follow the language through Intl; utt's own
// forms (durations, clock times, ISO days) stay as utt writes them in every language.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { spokenStatus, statusText } from '../../../subplugins/statusbar/statusText';
import {
  formatCount,
  formatDuration,
  formatHours,
  formatMinute,
  formatPercent,
  monthDayOf,
  projectLabel,
  weekdayOf,
} from '../../../subplugins/report-view/webview/format';
import { displayLanguage, t, useTranslations } from '../../../subplugins/report-view/webview/l10n';

const root = path.resolve(__dirname, '../../..');
const german = JSON.parse(readFileSync(path.join(root, 'l10n/bundle.l10n.de.json'), 'utf8')) as Record<
  string,
  string
>;
const HOUR = 3_600_000;

suite('Display language: the report webview and the spoken status', () => {
  // The page's translations are module state: every test leaves English behind, as a page starts.
  teardown(() => useTranslations({ language: 'en' }));

  test('t: English without a bundle, {n} filled in by position, a placeholder without a value kept', () => {
    assert.equal(displayLanguage(), 'en');
    assert.equal(t('Working'), 'Working');
    assert.equal(t('{0} of it now', '0:42'), '0:42 of it now');
    assert.equal(t('{1} then {0}, {0} again', 'a', 2), '2 then a, a again');
    assert.equal(t('{0} and {1}', 'only one'), 'only one and {1}');
  });

  test('t: the bundle’s translation, and the English text for a string the bundle lacks', () => {
    useTranslations({ language: 'de', bundle: german });
    assert.equal(displayLanguage(), 'de');
    assert.equal(t('Working'), 'Arbeit');
    assert.equal(
      t('{0} of {1} ({2} × {3} days)', '14h45', '24h00', '8h', 3),
      '14h45 von 24h00 (8h × 3 Tage)',
    );
    assert.equal(t('Open the timesheet at line {0}', 12), 'Stundenzettel in Zeile 12 öffnen');
    assert.equal(t('A string no bundle has {0}', 1), 'A string no bundle has 1');
    assert.equal(projectLabel(''), '(kein Projekt)');
  });

  test('a language without a bundle keeps the English text but formats for its language', () => {
    useTranslations({ language: 'fr' });
    assert.equal(t('Working'), 'Working');
    assert.equal(weekdayOf('2026-11-30'), 'lun.');
  });

  test('days and numbers: English', () => {
    assert.equal(weekdayOf('2026-11-30'), 'Mon');
    assert.equal(monthDayOf('2026-11-30'), 'Nov 30');
    assert.equal(formatPercent(61), '61%');
    assert.equal(formatHours(8), '8h');
    assert.equal(formatHours(7.5), '7.5h');
    assert.equal(formatHours(7.5, 'long'), '7.5 hours');
    assert.equal(formatCount(1040), '1,040');
  });

  test('days and numbers: German, with utt’s durations, clock times and ISO days unchanged', () => {
    useTranslations({ language: 'de', bundle: german });
    assert.equal(weekdayOf('2026-11-30'), 'Mo');
    assert.equal(monthDayOf('2026-11-30'), '30. Nov.');
    // Intl separates the sign with a no-break space, as German typesetting does.
    assert.equal(formatPercent(61), '61\u00a0%');
    assert.equal(formatHours(7.5), '7,5h');
    assert.equal(formatHours(7.5, 'long'), '7,5 Stunden');
    assert.equal(formatCount(1040), '1.040');
    assert.equal(formatDuration(8 * HOUR + 5 * 60_000), '8h05');
    assert.equal(formatMinute(545), '09:05');
  });

  test('a day is named on the calendar, whatever the time zone of the page', () => {
    // Midnight UTC is still Sunday west of Greenwich: the name must come from the date alone.
    useTranslations({ language: 'en-us' });
    assert.equal(weekdayOf('2026-11-29'), 'Sun');
    assert.equal(monthDayOf('2026-12-01'), 'Dec 1');
  });

  test('the status bar text in German: its words translated, its numbers utt’s', () => {
    useTranslations({ language: 'de', bundle: german });
    const numbers = {
      started: true,
      state: 'idle' as const,
      current: 42 * 60_000,
      today: 61 * 60_000,
      goal: 0,
    };
    assert.equal(
      statusText('$(watch) ${current} · ${today}', numbers, { t }),
      '$(watch) 0:42 · 1h01 · inaktiv',
    );
    assert.equal(
      statusText('', { ...numbers, state: 'paused' }, { t }),
      '$(debug-pause) Pausiert 0:42 · 1h01',
    );
    assert.equal(statusText('', { ...numbers, started: false }, { t }), '$(watch) Tag beginnen');
  });

  test('the spoken status bar label, in English and in German', () => {
    const numbers = {
      started: true,
      state: 'idle' as const,
      current: 42 * 60_000,
      today: 61 * 60_000,
      goal: 2 * HOUR,
    };
    const english = { t };
    assert.equal(
      spokenStatus(numbers, english),
      'Timekeeper: current activity 42 minutes, today 1 hour 1 minute, 50 percent of the daily goal, you are idle',
    );
    useTranslations({ language: 'de', bundle: german });
    assert.equal(
      spokenStatus(numbers, { t }),
      'Timekeeper: aktuelle Tätigkeit 42 Minuten, heute 1 Stunde 1 Minute, 50 Prozent des Tagesziels, Sie sind inaktiv',
    );
    assert.equal(
      spokenStatus({ ...numbers, started: false }, { t }),
      'Timekeeper: Heute noch kein Eintrag. Aktivieren, um den Tag zu beginnen.',
    );
    assert.equal(
      spokenStatus({ ...numbers, state: 'paused', current: 0, today: 3 * HOUR, goal: 0 }, { t }),
      'Timekeeper: aktuelle Tätigkeit 0 Minuten, heute 3 Stunden 0 Minuten, Erfassung pausiert',
    );
  });
});
