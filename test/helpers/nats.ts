// One real nats-server per test file: started in test.before, torn down (with every client
// the fixture opened) in test.after.always. Never the shared server on 4222.
import { connect } from "@nats-io/transport-node";
import type { NatsConnection } from "@nats-io/transport-node";
import type { TestFn } from "ava";
import { startNatsServer } from "../../runtime/nats-server.ts";
import type { NatsServerHandle, NatsServerOptions } from "../../runtime/nats-server.ts";

export interface NatsServerFixture {
  /** The running server; throws if read before the fixture's test.before has finished. */
  readonly server: NatsServerHandle;
  /** Resolves with the server once started; safe from other before hooks, which ava runs concurrently. */
  ready(): Promise<NatsServerHandle>;
  /** A client that reconnects across server restarts; closed after the file's tests. */
  connect(name?: string): Promise<NatsConnection>;
}

export function useNatsServer<Context>(test: TestFn<Context>, options: NatsServerOptions = {}): NatsServerFixture {
  let server: NatsServerHandle | undefined;
  const clients: NatsConnection[] = [];
  const started = Promise.withResolvers<NatsServerHandle>();
  // A failed start is reported by the before hook itself; waiters just see the same rejection.
  started.promise.catch(() => undefined);

  test.before(async () => {
    try {
      server = await startNatsServer(options);
      started.resolve(server);
    } catch (error) {
      started.reject(error);
      throw error;
    }
  });
  test.after.always(async () => {
    await Promise.allSettled(clients.map((nc) => nc.close()));
    await server?.destroy();
  });

  const fixture: NatsServerFixture = {
    get server() {
      if (!server) throw new Error("useNatsServer: the server is only available once test.before has run");
      return server;
    },
    ready: () => started.promise,
    async connect(name) {
      const nc = await connectTestClient(await started.promise, name);
      clients.push(nc);
      return nc;
    },
  };
  return fixture;
}

/** The caller closes the connection. */
export function connectTestClient(server: NatsServerHandle | string, name = "troupe-test"): Promise<NatsConnection> {
  return connect({
    servers: typeof server === "string" ? server : server.url,
    name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 50,
  });
}
