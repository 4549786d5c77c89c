// Serves exec, attach and port-forward over NATS (troupe.kubelet.<node>.exec / .attach /
// .portforward): a request names the pod (and container, command, or port), the caller's inbox
// and a session id; the kubelet answers once the command runs, the container's stdio is reached
// or the connection is open, then the session's frames flow
// between the caller's inbox and troupe.kubelet.<node>.session.<id>.
import { stat } from "node:fs/promises";
import { connect as connectTcp, type Socket } from "node:net";
import type { Msg, NatsConnection, Subscription } from "@nats-io/transport-node";
import { handleWithTrace } from "../../../runtime/messaging.ts";
import type { Logger } from "../../../runtime/log.ts";
import { ATTR_K8S_NAMESPACE_NAME, ATTR_K8S_NODE_NAME, ATTR_K8S_POD_NAME } from "../../../runtime/semconv.ts";
import { kubeletAttachSubject, kubeletExecSubject, kubeletPortForwardSubject, kubeletStreamSessionSubject } from "../../../runtime/subjects.ts";
import type { ContainerConsole, ContainerHandle, Driver, StreamingExec } from "../drivers/types.ts";
import type { KubeletMetrics, StreamKind } from "../metrics.ts";
import { runAttachSession } from "./attach-session.ts";
import { runExecSession } from "./exec-session.ts";
import { runPortForwardSession } from "./port-forward-session.ts";
import { parseAttachRequest, parseExecRequest, parsePortForwardRequest, type StreamTargetLocator } from "./stream-request.ts";

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
      nc.subscribe(kubeletAttachSubject(nodeName), { callback: (error, msg) => error ? undefined : void this.#serve(msg, "attach") }),
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
      session = kind === "exec" ? await this.#exec(msg, body) : kind === "attach" ? await this.#attach(msg, body) : await this.#portForward(msg, body);
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

  /** The running container a request names (the pod's default one when it names none), or why not. */
  #runningContainer(request: { namespace: string; pod: string; container?: string }): ContainerHandle | string {
    const target = this.#deps.locate(request.namespace, request.pod);
    if (typeof target === "string") return target;
    const container = request.container ?? target.defaultContainer ?? "";
    return target.running.find((candidate) => candidate.spec.containerName === container) ?? `container "${container}" in pod "${request.pod}" is not running`;
  }

  async #exec(msg: Msg, body: Record<string, unknown>): Promise<{ done: Promise<void> } | undefined> {
    const { nc, nodeName, driver, logger } = this.#deps;
    const request = parseExecRequest(body);
    if (typeof request === "string") return this.#refuse(msg, "exec", request);
    const handle = this.#runningContainer(request);
    if (typeof handle === "string") return this.#refuse(msg, "exec", handle);
    const container = handle.spec.containerName;
    let exec: StreamingExec;
    try {
      exec = await driver.execStreaming(handle.id, request.command, { tty: request.tty });
    } catch (error) {
      return this.#refuse(msg, "exec", (error as Error).message);
    }
    const inbox = kubeletStreamSessionSubject(nodeName, request.session);
    return { done: runExecSession(nc, exec, inbox, request.deliverTo, request.stdin, logger, this.#stopping.signal, this.#accept(msg, "exec", { container })) };
  }

  async #attach(msg: Msg, body: Record<string, unknown>): Promise<{ done: Promise<void> } | undefined> {
    const { nc, nodeName, driver, logger } = this.#deps;
    const request = parseAttachRequest(body);
    if (typeof request === "string") return this.#refuse(msg, "attach", request);
    const handle = this.#runningContainer(request);
    if (typeof handle === "string") return this.#refuse(msg, "attach", handle);
    const { containerName: container, stdin, stdinOnce, tty, logPath } = handle.spec;
    // As Kubernetes answers: a terminal or stdin the container was not started with cannot be attached.
    if (request.tty && !tty) return this.#refuse(msg, "attach", `Unable to use a TTY - container ${container} did not allocate one`);
    if (request.stdin && !stdin) return this.#refuse(msg, "attach", `stdin is not enabled for container ${container} in pod "${request.pod}" (its spec has no stdin: true)`);
    let console: ContainerConsole;
    try {
      console = await driver.attach(handle.id);
    } catch (error) {
      return this.#refuse(msg, "attach", (error as Error).message);
    }
    if (request.stdin && (!console.stdin || console.stdin.writableEnded)) return this.#refuse(msg, "attach", `the stdin of container ${container} in pod "${request.pod}" is closed (stdinOnce: it ended with its first attach)`);
    // Measured before accepting: the caller may write stdin at once, and the answer must be shown.
    const from = (await stat(logPath).catch(() => undefined))?.size ?? 0;
    const inbox = kubeletStreamSessionSubject(nodeName, request.session);
    const target = { console, logPath, from, exited: handle.exited, stdin: request.stdin, stdinOnce: stdinOnce === true };
    return { done: runAttachSession(nc, target, inbox, request.deliverTo, logger, this.#stopping.signal, this.#accept(msg, "attach", { container, tty })) };
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
