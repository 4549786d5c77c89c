// `troupe up --logs-max-age AGE --logs-max-bytes SIZE`: checked here, so a typo stops `up` with
// the flag's name, then handed to the kubelets as TROUPE_LOGS_MAX_AGE / TROUPE_LOGS_MAX_BYTES
// (they create the logs stream and the pod records bucket with them). Pure.
import { LogsRetentionError, parseLogsMaxAge, parseLogsMaxBytes } from "../../runtime/logs/logs-retention.ts";
import type { Flags } from "../command-line.ts";
import { UsageError } from "../errors.ts";

export function withLogsRetention(env: Record<string, string | undefined>, flags: Flags): Record<string, string | undefined> {
  const age = flags.string("logs-max-age") ?? env.TROUPE_LOGS_MAX_AGE;
  const bytes = flags.string("logs-max-bytes") ?? env.TROUPE_LOGS_MAX_BYTES;
  try {
    if (age !== undefined) parseLogsMaxAge(age, flags.has("logs-max-age") ? "--logs-max-age" : "TROUPE_LOGS_MAX_AGE");
    if (bytes !== undefined) parseLogsMaxBytes(bytes, flags.has("logs-max-bytes") ? "--logs-max-bytes" : "TROUPE_LOGS_MAX_BYTES");
  } catch (error) {
    if (error instanceof LogsRetentionError) throw new UsageError(error.message);
    throw error;
  }
  return { ...env, ...(age === undefined ? {} : { TROUPE_LOGS_MAX_AGE: age }), ...(bytes === undefined ? {} : { TROUPE_LOGS_MAX_BYTES: bytes }) };
}
