import * as vscode from 'vscode';
import {
  formatTimeOfDay,
  type ActivityTracker,
  type Api,
  type AwayChoice,
  type AwayTime,
} from '../../src/api';

/**
 * The notification's buttons, built when asked, not at load: `vscode.l10n` translates only once activated. Four fit
 * a notification's width (the idle test checks that no English label is cut); five made VS Code cut every label short
 * ("Br…", "Activi…"), so the rarer answers (discard, a standing answer) are behind More….
 */
const answers = () =>
  ({
    BREAK: vscode.l10n.t('Break'),
    ACTIVITY: vscode.l10n.t('Activity…'),
    WORK: vscode.l10n.t('Keep as Work'),
    MORE: vscode.l10n.t('More…'),
  }) as const;

/** `timekeeper.away.prompt`: ask each time, or a standing answer given once. */
type AwayPrompt = 'ask' | 'break' | 'ignore';

/** Away times that came back while the question was already on screen: one answer settles them all. */
const waiting: AwayTime[] = [];

/**
 * One non-modal notification in the window that claimed the away time: "Away 14:02–14:47 (45 min)", and the user's
 * answer logged through the tracker. Dismissing it keeps the time as work, as Keep as Work does: the timesheet gets
 * nothing (the next entry covers the time) and the journal records the answer, so the suggestions count the time as
 * work too. It never stacks: an away time that comes back while the question is open waits for the same answer. With a
 * standing answer in `timekeeper.away.prompt`, nothing is asked and the answer is given at once: `break` logs a break,
 * `ignore` keeps the time as work (the answer its "Never Ask" choice names). A picker that follows a button
 * (Activity…, More…) and is cancelled settles nothing: the person began another answer and did not give it.
 */
export async function showAwayNotification(
  api: Api,
  tracker: ActivityTracker,
  away: AwayTime,
): Promise<void> {
  const prompt = awayPrompt();
  if (prompt === 'ignore') return settle(tracker, [away], { kind: 'work' });
  if (prompt === 'break') return settle(tracker, [away], { kind: 'break' });
  waiting.push(away);
  if (waiting.length > 1) return;
  const buttons = answers();
  const { BREAK, ACTIVITY, WORK, MORE } = buttons;
  try {
    const answer = await vscode.window.showInformationMessage(
      vscode.l10n.t('Timekeeper: Away {0}–{1} ({2}). Log it as…', ...period(away)),
      BREAK,
      ACTIVITY,
      WORK,
      MORE,
    );
    const choice = answer === MORE ? await chooseMore(away) : await choiceOf(api, buttons, answer);
    if (choice) await settle(tracker, [...waiting], choice);
  } finally {
    waiting.length = 0;
  }
}

async function settle(
  tracker: ActivityTracker,
  aways: readonly AwayTime[],
  choice: AwayChoice,
): Promise<void> {
  try {
    for (const away of aways) {
      const result = await tracker.settleAway(away, choice);
      if (result.note)
        void vscode.window.showInformationMessage(vscode.l10n.t('Timekeeper: {0}', result.note));
    }
  } catch (error) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t(
        'Timekeeper could not log the time away: {0}',
        error instanceof Error ? error.message : String(error),
      ),
    );
  }
}

function awayPrompt(): AwayPrompt {
  const value = vscode.workspace.getConfiguration('timekeeper').get<string>('away.prompt', 'ask');
  return value === 'break' || value === 'ignore' ? value : 'ask';
}

/** More…: discard the time away, or a standing answer, which goes to the user settings and applies to this time too. */
async function chooseMore(away: AwayTime): Promise<AwayChoice | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      {
        label: vscode.l10n.t('Discard'),
        description: vscode.l10n.t('logged as ignored, counted nowhere'),
        choice: { kind: 'discard' } as const,
      },
      {
        label: vscode.l10n.t('Always Log Time Away as a Break'),
        description: vscode.l10n.t("and don't ask again"),
        choice: { kind: 'break' } as const,
        prompt: 'break' as const,
      },
      {
        label: vscode.l10n.t('Never Ask: Keep Time Away as Work'),
        choice: { kind: 'work' } as const,
        prompt: 'ignore' as const,
      },
    ],
    {
      title: vscode.l10n.t('Timekeeper: Away {0}–{1} ({2})', ...period(away)),
      placeHolder: vscode.l10n.t(
        'A standing answer is saved as timekeeper.away.prompt in your user settings; set it to "ask" to be asked again',
      ),
    },
  );
  if (picked?.prompt !== undefined) {
    await vscode.workspace
      .getConfiguration('timekeeper')
      .update('away.prompt', picked.prompt, vscode.ConfigurationTarget.Global);
  }
  return picked?.choice;
}

async function choiceOf(
  api: Api,
  { BREAK, ACTIVITY }: ReturnType<typeof answers>,
  answer: string | undefined,
): Promise<AwayChoice | undefined> {
  switch (answer) {
    case BREAK:
      return { kind: 'break' };
    case ACTIVITY: {
      const picked = await api.pickActivity({
        title: vscode.l10n.t('Timekeeper: Log the Time Away as'),
        placeholder: vscode.l10n.t('What were you doing? Pick a recent activity or type a new name'),
      });
      return picked && { kind: 'activity', ...picked };
    }
    default:
      // Keep as Work, or the notification closed (its ×, or cleared): both keep the time away as work.
      return { kind: 'work' };
  }
}

/** The time away as the notification and More… name it: its start, its end, its length. */
function period(away: AwayTime): [string, string, string] {
  return [formatTimeOfDay(away.start), formatTimeOfDay(away.end), duration(away)];
}

function duration(away: AwayTime): string {
  const minutes = Math.round((away.end.getTime() - away.start.getTime()) / 60_000);
  return minutes < 60
    ? `${minutes} min`
    : `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
