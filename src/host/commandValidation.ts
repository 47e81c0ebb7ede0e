import { CallerError } from './errors';
import type { ArgumentDefinition, CommandDefinition } from '../api';

const NAME = /^[a-z][a-z0-9-]*$/;

/** Throws a clear error when a command definition breaks the v1 contract; returns the args, normalised. */
export function validateDefinition(command: CommandDefinition): ArgumentDefinition[] {
  if (!command || typeof command !== 'object') {
    throw new Error('registerCommand: expected a command definition object { name, description, handler }.');
  }
  const { name } = command;
  if (typeof name !== 'string' || !NAME.test(name)) {
    throw new Error(
      `registerCommand: invalid command name ${JSON.stringify(name)}: use lower-case letters, digits and '-', ` +
        `starting with a letter (e.g. 'my-report').`,
    );
  }
  if (typeof command.handler !== 'function') {
    throw new Error(`registerCommand('${name}'): the handler is missing or not a function.`);
  }
  if (command.prompt !== undefined && typeof command.prompt !== 'function') {
    throw new Error(`registerCommand('${name}'): prompt, when given, must be a function.`);
  }
  if (typeof command.description !== 'string') {
    throw new Error(`registerCommand('${name}'): the description must be a string.`);
  }
  const args = command.args ?? [];
  if (!Array.isArray(args)) throw new Error(`registerCommand('${name}'): args must be an array.`);
  const seen = new Set<string>();
  for (const arg of args) {
    if (!arg || typeof arg.name !== 'string' || !/^[A-Za-z][A-Za-z0-9_-]*$/.test(arg.name)) {
      throw new Error(`registerCommand('${name}'): invalid argument name ${JSON.stringify(arg?.name)}.`);
    }
    if (seen.has(arg.name))
      throw new Error(`registerCommand('${name}'): argument '${arg.name}' is defined twice.`);
    seen.add(arg.name);
    if (arg.type !== 'string' && arg.type !== 'boolean') {
      throw new Error(
        `registerCommand('${name}'): argument '${arg.name}' has type ${JSON.stringify(arg.type)}; ` +
          `expected 'string' or 'boolean'.`,
      );
    }
    if (
      arg.choices !== undefined &&
      (!Array.isArray(arg.choices) || arg.choices.some((c) => typeof c !== 'string'))
    ) {
      throw new Error(
        `registerCommand('${name}'): choices of argument '${arg.name}' must be an array of strings.`,
      );
    }
  }
  return args.map((a) => ({ ...a }));
}

/**
 * Checks the args of a run against the definition: unknown names, wrong types, values outside the choices and
 * missing required arguments each reject with a CallerError naming the command and the argument.
 */
export function checkArgs(
  command: string,
  definitions: readonly ArgumentDefinition[],
  args: Record<string, unknown>,
): Record<string, unknown> {
  if (args === null || typeof args !== 'object' || Array.isArray(args)) {
    throw new CallerError(`Command '${command}': args must be an object of named arguments.`);
  }
  const byName = new Map(definitions.map((d) => [d.name, d]));
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(args)) {
    if (value === undefined) continue;
    const definition = byName.get(key);
    if (!definition) {
      const known = definitions.map((d) => d.name).join(', ') || 'none';
      throw new CallerError(`Command '${command}' has no argument '${key}' (known arguments: ${known}).`);
    }
    if (typeof value !== definition.type) {
      throw new CallerError(
        `Command '${command}': argument '${key}' must be a ${definition.type}, got ${JSON.stringify(value)}.`,
      );
    }
    if (definition.choices && !definition.choices.includes(String(value))) {
      throw new CallerError(
        `Command '${command}': argument '${key}' must be one of ${definition.choices.join(', ')}; ` +
          `got ${JSON.stringify(value)}.`,
      );
    }
    result[key] = value;
  }
  const missing = missingRequired(definitions, result);
  if (missing.length > 0) {
    throw new CallerError(
      `Command '${command}' needs the argument${missing.length > 1 ? 's' : ''} ` +
        `${missing.map((m) => `'${m.name}'`).join(', ')}.`,
    );
  }
  return result;
}

export function missingRequired(
  definitions: readonly ArgumentDefinition[],
  args: Record<string, unknown>,
): ArgumentDefinition[] {
  return definitions.filter((d) => d.required && (args[d.name] === undefined || args[d.name] === ''));
}
