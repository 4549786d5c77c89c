// Errors the CLI itself raises, and the one function that turns any failure into the text
// printed on stderr (kubectl's "Error from server (Reason): message" for API errors).
import { ApiError } from "../runtime/api-errors.ts";

/** Bad command line: unknown command or flag, missing or extra arguments, bad flag value. */
export class UsageError extends Error {
  override name = "UsageError";
  readonly code = "USAGE";
  /** Extra lines after the message, such as the valid choices. */
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.hint = hint;
  }
}

export class NoClusterError extends Error {
  override name = "NoClusterError";
  readonly code = "NO_CLUSTER";
  constructor(detail?: string) {
    super(`no cluster found: run \`troupe up\`${detail ? ` (${detail})` : ""}, or pass --server or set TROUPE_NATS_URL`);
  }
}

export class ClusterUnreachableError extends Error {
  override name = "ClusterUnreachableError";
  readonly code = "CLUSTER_UNREACHABLE";
  readonly url: string;
  constructor(url: string, source: string, options?: ErrorOptions) {
    const cause = options?.cause instanceof Error ? `: ${options.cause.message}` : "";
    super(`cannot connect to the cluster at ${url} (from ${source})${cause}`, options);
    this.url = url;
  }
}

/** A manifest that cannot be read or is not a Kubernetes object; names the file and line. */
export class ManifestError extends Error {
  override name = "ManifestError";
  readonly code = "MANIFEST";
  readonly source: string;
  constructor(source: string, message: string, options?: ErrorOptions) {
    super(`${source}: ${message}`, options);
    this.source = source;
  }
}

/**
 * stderr text for `error` (no trailing newline). `action` says what was being done, as in
 * kubectl's `error when applying "web.yaml"`.
 */
export function formatError(error: unknown, action?: string): string {
  const prefix = action ? `error when ${action}: ` : "";
  if (error instanceof ApiError) {
    const lines = [`Error from server (${error.reason}): ${prefix}${error.message}`];
    for (const cause of error.details?.causes ?? []) {
      lines.push(`  * ${cause.field ? `${cause.field}: ` : ""}${cause.message}`);
    }
    return lines.join("\n");
  }
  if (error instanceof UsageError) {
    return `error: ${error.message}${error.hint ? `\n${error.hint}` : ""}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `error: ${prefix}${message}`;
}
