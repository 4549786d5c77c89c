// Every `troupe` command: its flags, help text and a lazy loader for its implementation, in the
// order help lists them; each group lives in cli/command-table/.
import type { CommandSpec } from "./command-spec.ts";
import { OBJECT_COMMANDS } from "./command-table/object-commands.ts";
import { ACCESS_COMMANDS } from "./command-table/access-commands.ts";
import { POD_COMMANDS } from "./command-table/pod-commands.ts";
import { EDIT_COMMANDS } from "./command-table/edit-commands.ts";
import { WORKLOAD_COMMANDS } from "./command-table/workload-commands.ts";
import { CLUSTER_COMMANDS } from "./command-table/cluster-commands.ts";

export const COMMANDS: readonly CommandSpec[] = [...OBJECT_COMMANDS, ...ACCESS_COMMANDS, ...POD_COMMANDS, ...EDIT_COMMANDS, ...WORKLOAD_COMMANDS, ...CLUSTER_COMMANDS];

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((command) => command.name === name);
}
