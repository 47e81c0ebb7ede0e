import * as vscode from 'vscode';
import type { DependencyContainer } from 'tsyringe';
import type {
  ActivityPickOptions,
  ActivityReport,
  Api,
  CommandDefinition,
  RangePickOptions,
  RegistrationOptions,
  ReportArgs,
  ReportRange,
  Resolve,
  Token,
} from '../api';
import { resolveRange } from '../core/report/range';
import { pickActivity } from '../pickers/activityPicker';
import { pickReportRange } from '../pickers/rangePicker';
import { tokens } from '../api';
import { reportedSignal } from './activityReport';
import { callerFromStack } from './callerIdentity';
import { CommandRegistry, RegisteredCommand } from './commandRegistry';
import { missingRequired } from './commandValidation';
import { ComponentRegistry } from './componentRegistry';
import { IDisposable } from './disposable';
import { ErrorReporter } from './errorReporter';
import { CallerError, messageOf, withCommandName } from './errors';
import { promptForArgs } from './argumentPrompt';
import { PluginRegistry } from './pluginRegistry';
import { TimesheetChanges } from './timesheetChanges';
import { TimesheetIdentity } from './timesheetIdentity';

export interface HostOptions {
  readonly extensionId: string;
  readonly version: string;
  readonly container: DependencyContainer;
  readonly log: vscode.LogOutputChannel;
  readonly onDidChangeTimesheet: vscode.Event<void>;
}

/**
 * The plugin host: the component stack, the commands, what each extension registered, and the isolation of every
 * plugin callback. `api()` is the v1 facade handed to sub-plugins and plugin extensions alike.
 */
export class Host implements vscode.Disposable {
  readonly components: ComponentRegistry;
  readonly commands: CommandRegistry;
  readonly plugins = new PluginRegistry();
  readonly errors: ErrorReporter;
  /** The one place that decides which file the timesheet is. */
  readonly timesheetIdentity: TimesheetIdentity;
  /** What each change of the timesheet was: an append or a rewrite. */
  readonly timesheetChanges: TimesheetChanges;
  readonly #options: HostOptions;
  #disposed = false;

  constructor(options: HostOptions) {
    this.#options = options;
    this.errors = new ErrorReporter(options.log);
    this.components = new ComponentRegistry(options.container, (extensionId, token, error) => {
      this.plugins.recordError(extensionId, `component ${token}: ${messageOf(error)}`);
      options.log.warn(
        `The factory of component '${token}' (from ${extensionId}) threw: ${messageOf(error)}`,
      );
    });
    this.commands = new CommandRegistry(
      (command) =>
        vscode.commands.registerCommand(`timekeeper.${command.name}`, (args: unknown) =>
          this.runFromVsCode(command.name, args),
        ),
      () => this.components.runScope(),
    );
    this.timesheetIdentity = new TimesheetIdentity(
      () => this.components.resolve(tokens.Timesheet).path,
      (error) => options.log.error(`A listener of the timesheet's path threw: ${messageOf(error)}`),
    );
    this.timesheetChanges = new TimesheetChanges(
      () => this.components.resolve(tokens.Timesheet),
      (error) => options.log.warn(`Could not read what changed in the timesheet: ${messageOf(error)}`),
    );
    // The layers that decide the path are the only thing besides the setting that can move it.
    this.components.onDidChange(({ token }) => {
      if (token === tokens.DataFile || token === tokens.Timesheet) this.timesheetIdentity.recheck();
    });
    this.timesheetIdentity.onDidChange(() => this.timesheetChanges.changed(true));
    options.onDidChangeTimesheet(() => this.timesheetChanges.changed());
  }

  get extensionId(): string {
    return this.#options.extensionId;
  }

  /** The "Timekeeper" log channel, for components that work in the background. */
  get log(): vscode.LogOutputChannel {
    return this.#options.log;
  }

  registerCommand(definition: CommandDefinition, extensionId: string): IDisposable {
    this.#assertAlive('registerCommand');
    const registration = this.commands.register(definition, extensionId);
    return this.plugins.track(extensionId, 'commands', definition.name, registration);
  }

  registerComponent<T>(
    token: Token<T>,
    factory: (resolve: Resolve, previous: T | undefined) => T,
    extensionId: string,
  ): IDisposable {
    this.#assertAlive('registerComponent');
    const registration = this.components.register(token, factory, extensionId);
    return this.plugins.track(extensionId, 'components', token, registration);
  }

  /**
   * Another extension's word that the person is working (`reportActivity`): presence for the tracker, and a signal
   * of the person's work in the journal, from that extension, in this window's workspace folder.
   */
  reportActivity(activity: ActivityReport, options: { extensionId: string }): void {
    this.#assertAlive('reportActivity');
    const folder = vscode.workspace.workspaceFolders?.[0]?.name;
    const time = this.components.resolve(tokens.Now).getTime();
    const signal = reportedSignal(activity, options, time, folder === undefined ? {} : { folder });
    this.components.resolve(tokens.ActivityTracker).signal();
    this.components.resolve(tokens.Journal).record(signal);
  }

  /** Runs a command without prompting (`runCommand`): the caller gets the handler's value or error. */
  async run(name: string, args?: Record<string, unknown>): Promise<unknown> {
    const command = this.commands.find(name);
    try {
      return await this.commands.run(name, args ?? {});
    } catch (error) {
      // The caller's mistake is the caller's to hear about, through the rejection: the plugin did nothing wrong.
      if (error instanceof CallerError) throw error;
      this.plugins.recordError(command.extensionId, withCommandName(name, error));
      this.#options.log.warn(`Command '${name}' (from ${command.extensionId}) failed: ${messageOf(error)}`);
      throw error;
    }
  }

  /**
   * Runs a command the way a user does (palette, keybinding, `executeCommand`): args passed as an object are used,
   * missing required ones are asked for, and a failure becomes a notification naming the command and its origin.
   */
  async runFromVsCode(name: string, rawArgs: unknown, askOptional = false): Promise<unknown> {
    const command = this.commands.get(name);
    if (!command) return undefined;
    const given = isPlainObject(rawArgs) ? rawArgs : {};
    try {
      // One resolver for the prompt and the handler: both see the same Now.
      const resolve = this.commands.resolver();
      const args = await this.#askArgs(command, given, rawArgs === undefined, askOptional, resolve);
      if (!args) return undefined;
      return await this.commands.run(name, args, resolve);
    } catch (error) {
      if (!(error instanceof CallerError))
        this.plugins.recordError(command.extensionId, withCommandName(name, error));
      this.errors.show(
        command.extensionId === this.extensionId
          ? vscode.l10n.t("Timekeeper: '{0}' failed: ", name)
          : vscode.l10n.t("Timekeeper: '{0}' (from {1}) failed: ", name, command.extensionId),
        error,
      );
      return undefined;
    }
  }

  /** The extension that is calling into the API right now: the explicit option wins over the stack. */
  callerOf(options: RegistrationOptions | undefined, stack: string | undefined): string {
    if (options?.extensionId !== undefined) {
      if (typeof options.extensionId !== 'string' || options.extensionId.trim() === '') {
        throw new Error('The extensionId option must be a non-empty string (pass context.extension.id).');
      }
      return options.extensionId;
    }
    const extensions = vscode.extensions.all.map((e) => ({ id: e.id, extensionPath: e.extensionPath }));
    return callerFromStack(stack, extensions, this.extensionId);
  }

  /** Wraps a plugin's event listener: its error is logged under its extension and never reaches the emitter. */
  isolate<T>(event: vscode.Event<T>, ownerOf: () => string): vscode.Event<T> {
    return (listener, thisArgs, disposables) => {
      const owner = ownerOf();
      return event(
        (value) => {
          const fail = (error: unknown) => {
            this.plugins.recordError(owner, `event listener: ${messageOf(error)}`);
            this.#options.log.error(`An event listener of ${owner} threw: ${messageOf(error)}`);
          };
          try {
            // An async listener's rejection is its error too, not an unhandled one.
            const result: unknown = listener.call(thisArgs, value);
            if (isThenable(result)) result.then(undefined, fail);
          } catch (error) {
            fail(error);
          }
        },
        undefined,
        disposables,
      );
    };
  }

  /**
   * The v1 facade. Plugin extensions get the unbound one: who calls is told by the `extensionId` option or the
   * stack. Built-in sub-plugins get one bound to Timekeeper's id, which spares activation the stack walk.
   */
  api(boundTo?: string): Api {
    // Facade only: host internals stay private, exactly the v1 names are exposed (docs/CONTRACT.md §3).
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const host = this;
    const caller = (options: RegistrationOptions | undefined, stack: () => string | undefined) =>
      boundTo !== undefined && options?.extensionId === undefined ? boundTo : host.callerOf(options, stack());
    return Object.freeze({
      version: this.#options.version,
      tokens,
      registerCommand(command: CommandDefinition, options?: RegistrationOptions) {
        return host.registerCommand(
          command,
          caller(options, () => new Error().stack),
        );
      },
      registerComponent<T>(
        token: Token<T>,
        factory: (resolve: Resolve, previous: T | undefined) => T,
        options?: RegistrationOptions,
      ) {
        return host.registerComponent(
          token,
          factory,
          caller(options, () => new Error().stack),
        );
      },
      resolve<T>(token: Token<T>): T {
        return host.components.resolve(token);
      },
      runCommand(name: string, args?: Record<string, unknown>) {
        return host.run(name, args);
      },
      listCommands: () => this.commands.list(),
      listPlugins: () => this.plugins.list().filter((p) => p.extensionId !== this.extensionId),
      reportActivity(activity: ActivityReport, options: { extensionId: string }) {
        host.reportActivity(activity, options);
      },
      onDidChangeTimesheet: this.isolate(this.#options.onDidChangeTimesheet, () =>
        caller(undefined, () => new Error().stack),
      ),
      // The timesheet's identity and what changed (added in 0.2.0).
      currentDataFile: () => this.timesheetIdentity.path,
      onDidChangeDataFile: this.isolate(this.timesheetIdentity.onDidChange, () =>
        caller(undefined, () => new Error().stack),
      ),
      onDidChangeTimesheetContent: this.isolate(this.timesheetChanges.onDidChange, () =>
        caller(undefined, () => new Error().stack),
      ),
      onDidReplaceComponent: this.isolate(this.components.onDidChange, () =>
        caller(undefined, () => new Error().stack),
      ),
      resolveRange: (args: ReportArgs, now?: Date): ReportRange =>
        resolveRange(args, now ?? this.components.resolve(tokens.Now)),
      pickActivity: (options?: ActivityPickOptions) =>
        pickActivity(() => this.components.resolve(tokens.Timesheet), options),
      pickReportRange: (options?: RangePickOptions) =>
        pickReportRange(() => this.components.resolve(tokens.Timesheet), options),
    } satisfies Api);
  }

  dispose(): void {
    this.#disposed = true;
    this.plugins.disposeAll();
    this.timesheetChanges.dispose();
    this.timesheetIdentity.dispose();
  }

  /**
   * A bare run (the palette, a keybinding without args) lets a command with its own `prompt` ask its way; otherwise
   * the host asks for the missing required arguments (all of them from the Run Command picker).
   */
  async #askArgs(
    command: RegisteredCommand,
    given: Record<string, unknown>,
    bare: boolean,
    askOptional: boolean,
    resolve: Resolve,
  ): Promise<Record<string, unknown> | undefined> {
    if (bare && command.prompt) return command.prompt(resolve);
    if (!askOptional && missingRequired(command.args, given).length === 0) return given;
    return promptForArgs(command.name, command.args, given, !askOptional);
  }

  #assertAlive(what: string): void {
    if (this.#disposed) {
      throw new Error(`${what}: Timekeeper has been deactivated; register again after it is activated.`);
    }
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | undefined)?.then === 'function';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
