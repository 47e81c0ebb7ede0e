import * as vscode from 'vscode';
import type { ActivityTracker } from '../../src/api';

/** The context key that menus read, so that Pause shows only while tracking and Resume only while paused. */
const TRACKING_STATE = 'timekeeper.trackingState';

/** Publishes the shared tracking state (active, idle, paused) as a VS Code context key, live. */
export function publishTrackingState(tracker: ActivityTracker): vscode.Disposable {
  const publish = (state: string) => void vscode.commands.executeCommand('setContext', TRACKING_STATE, state);
  publish(tracker.state);
  return tracker.onDidChangeState((change) => publish(change.state));
}
