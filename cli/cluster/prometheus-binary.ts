// Where Prometheus' binaries are: TROUPE_PROMETHEUS / TROUPE_PROMTOOL, else on PATH (Debian's
// `prometheus` package puts both in /usr/bin; scripts/setup.sh installs it when root).
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

/** The prometheus executable, or undefined when there is none. */
export function findPrometheus(env: Record<string, string | undefined> = process.env): string | undefined {
  return findExecutable("prometheus", env.TROUPE_PROMETHEUS, env);
}

/** The promtool executable (rule checks and rule unit tests), or undefined when there is none. */
export function findPromtool(env: Record<string, string | undefined> = process.env): string | undefined {
  return findExecutable("promtool", env.TROUPE_PROMTOOL, env);
}

/** Why the Prometheus parts cannot run here, for a test's skip message or a CLI error. */
export function prometheusMissingReason(binary: "prometheus" | "promtool", env: Record<string, string | undefined> = process.env): string {
  const variable = `TROUPE_${binary.toUpperCase()}`;
  if (env[variable]) return `${variable}=${env[variable]} is not an executable file`;
  return `${binary} is not installed: run scripts/setup.sh as root (apt-get install prometheus), or put ${binary} on PATH or set TROUPE_${binary.toUpperCase()}=/path/to/${binary}`;
}

function findExecutable(name: string, explicit: string | undefined, env: Record<string, string | undefined>): string | undefined {
  if (explicit) return isExecutable(explicit) ? explicit : undefined;
  const dirs = [...(env.PATH ?? "").split(delimiter).filter(Boolean), "/usr/bin", "/usr/local/bin"];
  return dirs.map((dir) => join(dir, name)).find(isExecutable);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
