// Flags shared by several commands, defined once so their names and help read the same.
import type { FlagSpec } from "./command-spec.ts";

export const GLOBAL_FLAGS: readonly FlagSpec[] = [
  {
    name: "server",
    type: "string",
    valueName: "URL",
    description: "NATS URL of the cluster (default: $TROUPE_NATS_URL, then $TROUPE_HOME/context.json)",
  },
  {
    name: "request-timeout",
    type: "string",
    valueName: "DURATION",
    description: "how long to wait for each API request, e.g. 10s or 1m (default 10s)",
  },
  { name: "as", type: "string", valueName: "USER", description: "act as this user (impersonation: needs RBAC's impersonate verb)" },
  { name: "as-group", type: "string", multiple: true, valueName: "GROUP", description: "act as a member of this group, with --as; repeatable" },
  { name: "help", short: "h", type: "boolean", description: "show help for the command" },
];

export const namespaceFlag: FlagSpec = {
  name: "namespace",
  short: "n",
  type: "string",
  valueName: "NS",
  description: "namespace of namespaced objects (default: default)",
};

export const allNamespacesFlag: FlagSpec = {
  name: "all-namespaces",
  short: "A",
  type: "boolean",
  description: "list across all namespaces",
};

export const selectorFlag: FlagSpec = {
  name: "selector",
  short: "l",
  type: "string",
  valueName: "SELECTOR",
  description: "label selector, e.g. app=web,tier!=db",
};

export const fieldSelectorFlag: FlagSpec = {
  name: "field-selector",
  type: "string",
  valueName: "SELECTOR",
  description: "field selector, e.g. status.phase=Running",
};

export const filenameFlag: FlagSpec = {
  name: "filename",
  short: "f",
  type: "string",
  multiple: true,
  valueName: "PATH",
  description: "manifest file, directory (its .yaml, .yml and .json files) or - for stdin; repeatable",
};

export const recursiveFlag: FlagSpec = {
  name: "recursive",
  short: "R",
  type: "boolean",
  description: "also read the sub-directories of directories given with -f",
};

export const forceConflictsFlag: FlagSpec = {
  name: "force-conflicts",
  type: "boolean",
  description: "take over the fields other field managers own instead of failing with a conflict",
};

export const dryRunFlag: FlagSpec = {
  name: "dry-run",
  type: "string",
  valueName: "MODE",
  description: "none (default) or server: the server validates and answers but stores nothing",
};

export function outputFlag(formats: readonly string[]): FlagSpec {
  return {
    name: "output",
    short: "o",
    type: "string",
    valueName: "FORMAT",
    description: `output format: ${formats.join("|")}`,
  };
}
