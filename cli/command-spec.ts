// The shape of a CLI command: static data (name, flags, help) that parsing and help need,
// plus a loader, so only the command that runs pays for importing its implementation.
import type { Invocation } from "./invocation.ts";

export interface FlagSpec {
  /** Long name, without the leading dashes. */
  name: string;
  short?: string;
  type: "string" | "boolean";
  /** Repeatable: every occurrence is kept (`-f a.yaml -f b.yaml`). */
  multiple?: boolean;
  /** Placeholder shown in help for the value: FILE, NS, ... */
  valueName?: string;
  description: string;
  /** Internal flags are accepted but left out of help. */
  hidden?: boolean;
}

export interface CommandModule {
  /** Runs the command; resolves to the process exit code. */
  run(invocation: Invocation): Promise<number>;
}

export interface CommandSpec {
  name: string;
  summary: string;
  /** Usage line after "troupe ", for example "get KIND[,KIND...] [NAME...] [flags]". */
  usage: string;
  description?: string;
  examples: readonly string[];
  flags: readonly FlagSpec[];
  positionals: { min: number; max?: number };
  load(): Promise<CommandModule>;
}
