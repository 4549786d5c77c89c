// Turns argv into a command plus validated flags. Global flags and the command's own flags may
// appear anywhere (`troupe -n prod get pods` works like `troupe get pods -n prod`); anything
// unknown is an error naming it and listing what is valid.
import { parseArgs } from "node:util";
import type { CommandSpec, FlagSpec } from "./command-spec.ts";
import { COMMANDS, findCommand } from "./commands.ts";
import { UsageError } from "./errors.ts";
import { GLOBAL_FLAGS } from "./flags.ts";

export type FlagValue = string | boolean | string[];

export type CommandLine =
  | { kind: "help"; command: CommandSpec | undefined }
  | { kind: "run"; command: CommandSpec; flags: Flags; positionals: string[] };

/** Typed access to parsed flag values, by long name. */
export class Flags {
  readonly #values: ReadonlyMap<string, FlagValue>;
  constructor(values: ReadonlyMap<string, FlagValue>) {
    this.#values = values;
  }
  has(name: string): boolean {
    return this.#values.has(name);
  }
  string(name: string): string | undefined {
    const value = this.#values.get(name);
    return Array.isArray(value) ? value.at(-1) : typeof value === "string" ? value : undefined;
  }
  strings(name: string): string[] {
    const value = this.#values.get(name);
    return Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
  }
  boolean(name: string): boolean {
    return this.#values.get(name) === true;
  }
}

export function parseCommandLine(argv: readonly string[]): CommandLine {
  const index = commandIndex(argv);
  const wantsHelp = argv.some((arg) => arg === "-h" || arg === "--help");
  if (index === -1) {
    if (argv.length === 0 || wantsHelp) return { kind: "help", command: undefined };
    throw new UsageError("no command given", `Valid commands: ${commandNames()}\nRun 'troupe --help' for usage.`);
  }
  const name = argv[index];
  if (name === "help") {
    const topic = argv[index + 1];
    return { kind: "help", command: topic === undefined ? undefined : knownCommand(topic) };
  }
  const command = knownCommand(name);
  const rest = [...argv.slice(0, index), ...argv.slice(index + 1)];
  const { flags, positionals } = parseFlags(command, rest);
  if (flags.boolean("help")) return { kind: "help", command };
  checkPositionals(command, positionals);
  return { kind: "run", command, flags, positionals };
}

/** All flags `command` accepts: its own plus the global ones. */
export function commandFlags(command: CommandSpec): FlagSpec[] {
  return [...command.flags, ...GLOBAL_FLAGS];
}

function knownCommand(name: string): CommandSpec {
  const command = findCommand(name);
  if (!command) {
    throw new UsageError(`unknown command "${name}" for "troupe"`, `Valid commands: ${commandNames()}\nRun 'troupe --help' for usage.`);
  }
  return command;
}

function commandNames(): string {
  return [...COMMANDS.map((command) => command.name), "help"].join(", ");
}

/** Position of the command word: the first argument that is neither a flag nor a flag's value. */
function commandIndex(argv: readonly string[]): number {
  const takesValue = new Set<string>();
  for (const flag of [...GLOBAL_FLAGS, ...COMMANDS.flatMap((command) => command.flags)]) {
    if (flag.type !== "string") continue;
    takesValue.add(`--${flag.name}`);
    if (flag.short) takesValue.add(`-${flag.short}`);
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") return -1;
    if (!arg.startsWith("-") || arg === "-") return i;
    if (takesValue.has(arg)) i++;
  }
  return -1;
}

function parseFlags(command: CommandSpec, args: string[]): { flags: Flags; positionals: string[] } {
  const specs = commandFlags(command);
  const options: Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }> = {};
  for (const spec of specs) {
    options[spec.name] = { type: spec.type, multiple: spec.multiple ?? false, ...(spec.short ? { short: spec.short } : {}) };
  }
  // Non-strict, so unknown or malformed flags come back as tokens we can explain ourselves.
  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  const values = new Map<string, FlagValue>();
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === "positional") positionals.push(token.value);
    if (token.kind !== "option") continue;
    const spec = specs.find((candidate) => candidate.name === token.name);
    if (!spec) {
      throw new UsageError(`unknown flag ${token.rawName} for "troupe ${command.name}"`, `Valid flags: ${describeFlags(specs)}`);
    }
    const value = spec.type === "string" ? stringValue(token.rawName, token.value, token.inlineValue) : booleanValue(token.rawName, token.value);
    if (spec.multiple) values.set(spec.name, [...((values.get(spec.name) as string[] | undefined) ?? []), value as string]);
    else values.set(spec.name, value);
  }
  return { flags: new Flags(values), positionals };
}

function stringValue(rawName: string, value: string | undefined, inline: boolean | undefined): string {
  // parseArgs takes the next argument whatever it is; `-n -A` almost surely lacks a value.
  if (value === undefined || (!inline && value.startsWith("-") && value !== "-")) {
    throw new UsageError(`flag ${rawName} needs a value`);
  }
  // `-o=yaml`: cobra accepts it, parseArgs keeps the "=" for short flags.
  return inline && !rawName.startsWith("--") && value.startsWith("=") ? value.slice(1) : value;
}

function booleanValue(rawName: string, value: string | undefined): boolean {
  if (value === undefined || value === "true") return true;
  if (value === "false") return false;
  throw new UsageError(`flag ${rawName} takes no value other than true or false, got "${value}"`);
}

function describeFlags(specs: readonly FlagSpec[]): string {
  return specs
    .filter((spec) => !spec.hidden)
    .map((spec) => (spec.short ? `-${spec.short}/--${spec.name}` : `--${spec.name}`))
    .join(", ");
}

function checkPositionals(command: CommandSpec, positionals: string[]): void {
  const { min, max } = command.positionals;
  if (positionals.length < min) {
    throw new UsageError(`"troupe ${command.name}" needs at least ${min} argument${min === 1 ? "" : "s"}`, `Usage: troupe ${command.usage}`);
  }
  if (max !== undefined && positionals.length > max) {
    const extra = positionals.slice(max).map((value) => `"${value}"`).join(", ");
    throw new UsageError(`unexpected argument ${extra} for "troupe ${command.name}"`, `Usage: troupe ${command.usage}`);
  }
}
