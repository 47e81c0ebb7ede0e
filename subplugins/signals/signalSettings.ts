import * as vscode from 'vscode';

/** Each signal on its own setting, `timekeeper.signals.<name>`, all on by default. */
export interface SignalSettings {
  /** Edits the person types (journaled; they stay presence even when off). */
  readonly edits: boolean;
  /** Reading: the document in the active editor, its scrolling and selections. */
  readonly reads: boolean;
  /** The repository and branch of the work, from VS Code's git extension. */
  readonly git: boolean;
  /** Terminal commands, through shell integration. */
  readonly terminal: boolean;
  /** Debug sessions. */
  readonly debug: boolean;
  /** Task runs (build, test). */
  readonly tasks: boolean;
  /** Edits made by agents (never presence; journaled as the agent's when on). */
  readonly agents: boolean;
  /** Terminal commands with their arguments instead of the program alone. Off by default. */
  readonly recordTerminalArguments: boolean;
}

export function readSignalSettings(): SignalSettings {
  const settings = vscode.workspace.getConfiguration('timekeeper.signals');
  const on = (name: string) => settings.get<boolean>(name, true) !== false;
  return {
    edits: on('edits'),
    reads: on('reads'),
    git: on('git'),
    terminal: on('terminal'),
    debug: on('debug'),
    tasks: on('tasks'),
    agents: on('agents'),
    recordTerminalArguments: settings.get<boolean>('recordTerminalArguments', false) === true,
  };
}
