// Serves exec and port-forward over NATS (troupe.kubelet.<node>.exec / .portforward): a request
// names the pod (and container, command, or port), the caller's inbox and a session id; the
// kubelet answers once the command runs or the connection is open, then the session's frames flow
// between the caller's inbox and troupe.kubelet.<node>.session.<id>.
import { connect as connectTcp, type Socket } from "node:net";
import type { Msg, NatsConnection, Subscription } from "@nats-io/transport-node";
import { handleWithTrace } from "../../../runtime/messaging.ts";
import type { Logger } from "../../../runtime/log.ts";
import { ATTR_K8S_NAMESPACE_NAME, ATTR_K8S_NODE_NAME, ATTR_K8S_POD_NAME } from "../../../runtime/semconv.ts";
import { kubeletExecSubject, kubeletPortForwardSubject, kubeletStreamSessionSubject } from "../../../runtime/subjects.ts";
import type { Driver, StreamingExec } from "../drivers/types.ts";
import type { KubeletMetrics, StreamKind } from "../metrics.ts";
import { runExecSession } from "./exec-session.ts";
import { runPortForwardSession } from "./port-forward-session.ts";
import { parseExecRequest, parsePortForwardRequest, type StreamTargetLocator } from "./stream-request.ts";

export interface StreamServerDeps {
  nc: NatsConnection;
  nodeName: string;
  driver: Driver;
  locate: StreamTargetLocator;
  metrics: KubeletMetrics;
  logger: Logger;
}

const CONNECT_TIMEOUT_MS = 5000;
const encoder = new TextEncoder();

export class StreamServer {
  readonly #deps: StreamServerDeps;
  readonly #subscriptions: Subscription[] = [];
  /** Aborted by stop(): the sessions still open are closed (their commands killed, connections closed). */
  readonly #stopping = new AbortController();

  constructor(deps: StreamServerDeps) {
    this.#deps = deps;
  }

  start(): void {
    const { nc, nodeName } = this.#deps;
    this.#subscriptions.push(
      nc.subscribe(kubeletExecSubject(nodeName), { callback: (error, msg) => error ? undefined : void this.#serve(msg, "exec") }),
      nc.subscribe(kubeletPortForwardSubject(nodeName), { callback: (error, msg) => error ? undefined : void this.#serve(msg, "portforward") }),
    );
  }

  stop(): void {
    for (const subscription of this.#subscriptions.splice(0)) subscription.unsubscribe();
    this.#stopping.abort();
  }

  async #serve(msg: Msg, kind: StreamKind): Promise<void> {
    const { metrics, logger, nodeName } = this.#deps;
    let body: Record<string, unknown>;
    try {
      body = msg.json<Record<string, unknown>>();
    } catch (error) {
      return this.#refuse(msg, kind, `the request is not valid JSON: ${(error as Error).message}`);
    }
    const attributes = { [ATTR_K8S_NODE_NAME]: nodeName, [ATTR_K8S_NAMESPACE_NAME]: String(body.namespace ?? ""), [ATTR_K8S_POD_NAME]: String(body.pod ?? "") };
    // The span covers accepting the request; the session itself may last for hours (held in `done`).
    let session: { done: Promise<void> } | undefined;
    await handleWithTrace(msg, `kubelet ${kind}`, async () => {
      session = kind === "exec" ? await this.#exec(msg, body) : await this.#portForward(msg, body);
    }, { attributes }).catch((error: unknown) => logger.warn(`kubelet ${kind} request failed`, { error }));
    if (!session) return;
    metrics.streamSessions.inc({ kind });
    try {
      await session.done;
    } catch (error) {
      logger.warn(`kubelet ${kind} session failed`, { error });
    } finally {
      metrics.streamSessions.dec({ kind });
    }
  }

  #refuse(msg: Msg, kind: StreamKind, error: string): undefined {
    this.#deps.metrics.streamRequests.inc({ kind, outcome: "refused" });
    msg.respond(encoder.encode(JSON.stringify({ error })));
    return undefined;
  }

  #accept(msg: Msg, kind: StreamKind, answer: object): () => void {
    return () => {
      this.#deps.metrics.streamRequests.inc({ kind, outcome: "started" });
      msg.respond(encoder.encode(JSON.stringify(answer)));
    };
  }

  async #exec(msg: Msg, body: Record<string, unknown>): Promise<{ done: Promise<void> } | undefined> {
    const { nc, nodeName, driver, locate, logger } = this.#deps;
    const request = parseExecRequest(body);
    if (typeof request === "string") return this.#refuse(msg, "exec", request);
    const target = locate(request.namespace, request.pod);
    if (typeof target === "string") return this.#refuse(msg, "exec", target);
    const container = request.container ?? target.defaultContainer ?? "";
    const handle = target.running.find((candidate) => candidate.spec.containerName === container);
    if (!handle) return this.#refuse(msg, "exec", `container "${container}" in pod "${request.pod}" is not running`);
    let exec: StreamingExec;
    try {
      exec = await driver.execStreaming(handle.id, request.command, { tty: request.tty });
    } catch (error) {
      return this.#refuse(msg, "exec", (error as Error).message);
    }
    const inbox = kubeletStreamSessionSubject(nodeName, request.session);
    return { done: runExecSession(nc, exec, inbox, request.deliverTo, request.stdin, logger, this.#stopping.signal, this.#accept(msg, "exec", { container })) };
  }

  async #portForward(msg: Msg, body: Record<string, unknown>): Promise<{ done: Promise<void> } | undefined> {
    const { nc, nodeName } = this.#deps;
    const request = parsePortForwardRequest(body);
    if (typeof request === "string") return this.#refuse(msg, "portforward", request);
    const target = this.#deps.locate(request.namespace, request.pod);
    if (typeof target === "string") return this.#refuse(msg, "portforward", target);
    if (target.running.length === 0) return this.#refuse(msg, "portforward", `pod "${request.pod}" has no running container`);
    if (this.#deps.driver.name === "fake") return this.#refuse(msg, "portforward", "the fake driver's containers are simulated: there is no port to connect to");
    // On the host network a declared port listens on the host port it was mapped to; a port not
    // declared is where the process itself chose to listen.
    const declaring = target.running.find((handle) => handle.hostPorts[request.port] !== undefined);
    const port = declaring?.hostPorts[request.port] ?? request.port;
    let socket: Socket;
    try {
      socket = await connect(target.podIP, port);
    } catch (error) {
      return this.#refuse(msg, "portforward", `cannot connect to port ${request.port} of pod "${request.pod}" (${target.podIP}:${port}): ${(error as Error).message}`);
    }
    const inbox = kubeletStreamSessionSubject(nodeName, request.session);
    return { done: runPortForwardSession(nc, socket, inbox, request.deliverTo, this.#stopping.signal, this.#accept(msg, "portforward", { address: `${target.podIP}:${port}` })) };
  }
}

function connect(host: string, port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connectTcp({ host, port, allowHalfOpen: true, timeout: CONNECT_TIMEOUT_MS });
    socket.once("connect", () => {
      socket.setTimeout(0);
      socket.removeAllListeners("error");
      resolve(socket);
    });
    socket.once("timeout", () => socket.destroy(new Error("connection timed out")));
    socket.once("error", reject);
  });
}
