import type { ArgumentDefinition, CommandDefinition, CommandInfo, Resolve } from '../api';
import { checkArgs, validateDefinition } from './commandValidation';
import { IDisposable, toDisposable } from './disposable';

export interface RegisteredCommand {
  readonly name: string;
  readonly description: string;
  readonly args: readonly ArgumentDefinition[];
  readonly extensionId: string;
  readonly handler: CommandDefinition['handler'];
  readonly prompt: CommandDefinition['prompt'];
}

/** Makes a registered command reachable from outside the registry (the VS Code command `timekeeper.<name>`). */
export type CommandSurface = (command: RegisteredCommand) => IDisposable;

/**
 * The commands of the host: built-in sub-plugins and plugin extensions alike. Pure bookkeeping and the rules of
 * `runCommand`; how a command appears in VS Code is the surface's business.
 */
export class CommandRegistry {
  readonly #commands = new Map<string, RegisteredCommand>();
  readonly #surface: CommandSurface;
  readonly #newRun: () => Resolve;

  /** `newRun` gives the components of one run: its scope, in which `Now` is read once. */
  constructor(surface: CommandSurface, newRun: () => Resolve) {
    this.#surface = surface;
    this.#newRun = newRun;
  }

  register(definition: CommandDefinition, extensionId: string): IDisposable {
    const args = validateDefinition(definition);
    const existing = this.#commands.get(definition.name);
    if (existing) {
      throw new Error(
        `registerCommand: the command name '${definition.name}' is already taken by ${existing.extensionId}; ` +
          `choose another name (e.g. prefix it with your extension's name).`,
      );
    }
    const command: RegisteredCommand = {
      name: definition.name,
      description: definition.description,
      args,
      extensionId,
      handler: definition.handler.bind(definition),
      prompt: definition.prompt?.bind(definition),
    };
    this.#commands.set(command.name, command);
    let surface: IDisposable;
    try {
      surface = this.#surface(command);
    } catch (error) {
      this.#commands.delete(command.name);
      throw error;
    }
    return toDisposable(() => {
      if (this.#commands.get(command.name) === command) this.#commands.delete(command.name);
      surface.dispose();
    });
  }

  get(name: string): RegisteredCommand | undefined {
    return this.#commands.get(name);
  }

  /** Looks a command up for a run; unknown names throw a message that names them. */
  find(name: string): RegisteredCommand {
    const command = typeof name === 'string' ? this.#commands.get(name) : undefined;
    if (!command) {
      throw new Error(
        `Unknown Timekeeper command ${JSON.stringify(name)}. Known commands: ${[...this.#commands.keys()].sort().join(', ')}.`,
      );
    }
    return command;
  }

  /** Runs a command without prompting: resolves to the handler's value, rejects with its error. */
  async run(
    name: string,
    args: Record<string, unknown> = {},
    resolve: Resolve = this.#newRun(),
  ): Promise<unknown> {
    const command = this.find(name);
    const checked = checkArgs(command.name, command.args, args);
    return command.handler(checked, resolve);
  }

  /** A run's resolve (one `Now`), for a run that asks its prompt first: hand the same one to `run`. */
  resolver(): Resolve {
    return this.#newRun();
  }

  list(): CommandInfo[] {
    return [...this.#commands.values()]
      .map((c) => ({
        name: c.name,
        description: c.description,
        args: c.args.map((a) => ({ ...a })),
        extensionId: c.extensionId,
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }
}
