import * as vscode from 'vscode';
import {
  formatTimeOfDay,
  type ActivityTracker,
  type Api,
  type AwayChoice,
  type AwayTime,
} from '../../src/api';

const BREAK = 'Break';
const ACTIVITY = 'Activity…';
const WORK = 'Keep as Work';
const DISCARD = 'Discard';

/**
 * One non-modal notification in the window that claimed the away time: "Away 14:02–14:47 (45 min)", and the
 * user's answer logged through the tracker. Dismissing it keeps the time as work (nothing is written).
 */
export async function showAwayNotification(
  api: Api,
  tracker: ActivityTracker,
  away: AwayTime,
): Promise<void> {
  const answer = await vscode.window.showInformationMessage(
    `Timekeeper: Away ${formatTimeOfDay(away.start)}–${formatTimeOfDay(away.end)} (${duration(away)}). Log it as…`,
    BREAK,
    ACTIVITY,
    WORK,
    DISCARD,
  );
  const choice = await choiceOf(api, answer);
  if (!choice) return;
  try {
    const result = await tracker.settleAway(away, choice);
    if (result.note) void vscode.window.showInformationMessage(`Timekeeper: ${result.note}`);
  } catch (error) {
    void vscode.window.showErrorMessage(
      `Timekeeper could not log the time away: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

async function choiceOf(api: Api, answer: string | undefined): Promise<AwayChoice | undefined> {
  switch (answer) {
    case BREAK:
      return { kind: 'break' };
    case DISCARD:
      return { kind: 'discard' };
    case ACTIVITY: {
      const picked = await api.pickActivity({
        title: 'Timekeeper: Log the Time Away as',
        placeholder: 'What were you doing? Pick a recent activity or type a new name',
      });
      return picked && { kind: 'activity', ...picked };
    }
    default:
      return undefined;
  }
}

function duration(away: AwayTime): string {
  const minutes = Math.round((away.end.getTime() - away.start.getTime()) / 60_000);
  return minutes < 60
    ? `${minutes} min`
    : `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
