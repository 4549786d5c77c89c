// Help text: the command list for `troupe --help`, one command's usage and flags for
// `troupe COMMAND --help`.
import type { CommandSpec, FlagSpec } from "./command-spec.ts";
import { COMMANDS } from "./commands.ts";
import { GLOBAL_FLAGS } from "./flags.ts";

export function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    "troupe drives a Troupe cluster: a Kubernetes-shaped orchestrator on NATS JetStream.",
    "",
    "Usage: troupe COMMAND [flags]",
    "",
    "Commands:",
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}   ${command.summary}`),
    "",
    "Global flags:",
    ...flagLines(GLOBAL_FLAGS),
    "",
    "Environment: TROUPE_HOME (default ~/.troupe), TROUPE_NATS_URL, OTEL_EXPORTER_OTLP_ENDPOINT.",
    "Run 'troupe COMMAND --help' for a command's flags.",
    "",
  ].join("\n");
}

export function commandHelp(command: CommandSpec): string {
  const lines = [command.summary, ""];
  if (command.description) lines.push(command.description, "");
  lines.push(`Usage: troupe ${command.usage}`, "");
  if (command.examples.length > 0) {
    lines.push("Examples:", ...command.examples.map((example) => `  ${example}`), "");
  }
  if (command.flags.some((flag) => !flag.hidden)) lines.push("Flags:", ...flagLines(command.flags), "");
  lines.push("Global flags:", ...flagLines(GLOBAL_FLAGS), "");
  return lines.join("\n");
}

function flagLines(flags: readonly FlagSpec[]): string[] {
  const visible = flags.filter((flag) => !flag.hidden);
  const labels = visible.map((flag) => {
    const names = flag.short ? `-${flag.short}, --${flag.name}` : `    --${flag.name}`;
    return flag.valueName ? `${names} ${flag.valueName}` : names;
  });
  const width = Math.max(...labels.map((label) => label.length));
  return visible.map((flag, index) => `  ${labels[index].padEnd(width)}   ${flag.description}`);
}
