// Connection upgrades (HTTP/1.1 only: WebSocket, or SPDY/3.1 for older clients): pods/exec and
// pods/attach, and pods/portforward, carried over NATS to the pod's kubelet. Anything else
// asking for an upgrade gets a plain HTTP error with a Status body.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { toApiError } from "../../runtime/api-errors.ts";
import { PathNotFoundError } from "./errors.ts";
import type { FrontEndDeps } from "./handlers/handler-context.ts";
import { authorizeConnect } from "./authentication/authorize-connect.ts";
import { depsForRequest } from "./authentication/request-deps.ts";
import { requestInfo } from "./request-info.ts";
import { handleAttachUpgrade, handleExecUpgrade, handlePortForwardUpgrade } from "./streams/mod.ts";
import { resolveTarget } from "./target.ts";

function refuse(socket: Duplex, error: unknown): void {
  const apiError = toApiError(error);
  const body = JSON.stringify({ ...apiError.status, metadata: {} });
  socket.end(`HTTP/1.1 ${apiError.code} ${apiError.reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

export async function upgradeConnection(frontEnd: FrontEndDeps, req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
  const started = performance.now();
  let code = "101";
  let deps = frontEnd;
  try {
    deps = depsForRequest(frontEnd, socket, req.headers);
    const url = new URL(req.url ?? "/", "https://kube-api");
    const info = requestInfo(req.method ?? "GET", url);
    if (info?.type !== "resource" || info.verb !== "connect") throw new PathNotFoundError();
    const resource = resolveTarget(info);
    if (resource.kind !== "Pod" || !info.name) throw new PathNotFoundError();
    const target = { namespace: info.namespace, pod: info.name, query: url.searchParams };
    await authorizeConnect(deps, { namespace: info.namespace, pod: info.name, subresource: info.subresource });
    if (info.subresource === "exec") await handleExecUpgrade(deps, target, req, socket, head);
    else if (info.subresource === "attach") await handleAttachUpgrade(deps, target, req, socket, head);
    else if (info.subresource === "portforward") await handlePortForwardUpgrade(deps, target, req, socket, head);
    else throw new PathNotFoundError();
  } catch (error) {
    code = String(toApiError(error).code);
    if (!socket.destroyed && socket.writable) refuse(socket, error);
  } finally {
    deps.metrics.requests.inc({ verb: "connect", resource: "pods", code });
    deps.metrics.duration.observe({ verb: "connect" }, (performance.now() - started) / 1000);
  }
}
