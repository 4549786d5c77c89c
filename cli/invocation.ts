// What a command gets to run with: its parsed arguments, the process streams and a lazily
// connected API client (commands like `version --client` or `up` never connect).
import type { Readable, Writable } from "node:stream";
import type { JsonApiClient } from "../runtime/api-client.ts";
import type { Flags } from "./command-line.ts";

export interface Invocation {
  flags: Flags;
  positionals: string[];
  env: Record<string, string | undefined>;
  stdout: Writable;
  stderr: Writable;
  stdin: Readable;
  /** Request timeout from --request-timeout, if given. */
  requestTimeoutMs: number | undefined;
  /** The client of the cluster chosen by --server / $TROUPE_NATS_URL / context; connects on first use. */
  api(): Promise<JsonApiClient>;
}
