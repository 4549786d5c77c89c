// The CLI's one NATS connection and API client, opened on first use and closed when the
// command ends. Heavy NATS modules load only here, so commands that need no cluster stay fast.
import type { NatsConnection } from "@nats-io/transport-node";
import type { JsonApiClient } from "../runtime/api-client.ts";
import type { CallerIdentity } from "../runtime/api-client/transport.ts";
import { ClusterUnreachableError } from "./errors.ts";
import type { ServerTarget } from "./server-target.ts";

export interface ApiSessionOptions {
  target: () => Promise<ServerTarget>;
  timeoutMs?: number;
  /** Client name shown by the NATS server's connection monitoring. */
  name?: string;
  /** Whom the client speaks for (--as / --as-group: impersonation headers). */
  caller?: CallerIdentity;
}

export class ApiSession {
  readonly #options: ApiSessionOptions;
  #opening: Promise<{ nc: NatsConnection; client: JsonApiClient }> | undefined;

  constructor(options: ApiSessionOptions) {
    this.#options = options;
  }

  async client(): Promise<JsonApiClient> {
    this.#opening ??= this.#open();
    return (await this.#opening).client;
  }

  async close(): Promise<void> {
    const opening = this.#opening;
    this.#opening = undefined;
    if (!opening) return;
    const { nc } = await opening.catch(() => ({ nc: undefined }));
    await nc?.close();
  }

  async #open(): Promise<{ nc: NatsConnection; client: JsonApiClient }> {
    const target = await this.#options.target();
    const [{ connectNats }, { JsonApiClient }, { createLogger }] = await Promise.all([
      import("../runtime/nats-connection.ts"),
      import("../runtime/api-client.ts"),
      import("../runtime/log.ts"),
    ]);
    // Connection chatter (connected, reconnecting) is noise on a CLI's stderr; errors are not.
    const logger = createLogger("nats", {}, { level: "error" });
    let nc: NatsConnection;
    try {
      nc = await connectNats({ servers: target.url, name: this.#options.name ?? "troupe-cli", logger, security: target.security });
    } catch (error) {
      throw new ClusterUnreachableError(target.url, target.source, { cause: error });
    }
    return { nc, client: new JsonApiClient(nc, { timeoutMs: this.#options.timeoutMs, caller: this.#options.caller }) };
  }
}
