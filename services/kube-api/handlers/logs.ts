// pods/log: a container's log as chunked text, read from the kubelet of the pod's node over
// NATS (the path `troupe logs` uses). follow keeps the response open until the container ends.
import type { ServerResponse } from "node:http";
import { BadRequestError } from "../../../runtime/api-errors.ts";
import { readContainerLog } from "../../../runtime/kubelet-client/log-client.ts";
import type { HandlerContext } from "./handler-context.ts";

interface PodShape {
  metadata?: { annotations?: Record<string, string> };
  spec?: { nodeName?: string; containers?: { name: string }[]; initContainers?: { name: string }[] };
}

function flag(query: URLSearchParams, name: string): boolean {
  const value = query.get(name);
  return value === "true" || value === "1";
}

function optionalCount(query: URLSearchParams, name: string): number | undefined {
  const text = query.get(name);
  if (text === null) return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) throw new BadRequestError(`${name}: Invalid value: "${text}": must be a non-negative integer`);
  return value;
}

/** The container a log request means: the one named, else the default-container annotation, else the only one. */
export function logContainer(pod: PodShape, podName: string, requested: string | null): string {
  const names = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])].map((container) => container.name);
  if (requested) {
    if (!names.includes(requested)) throw new BadRequestError(`container ${requested} is not valid for pod ${podName}`);
    return requested;
  }
  const preferred = pod.metadata?.annotations?.["kubectl.kubernetes.io/default-container"];
  if (preferred && names.includes(preferred)) return preferred;
  const app = (pod.spec?.containers ?? []).map((container) => container.name);
  if (app.length === 1) return app[0];
  throw new BadRequestError(`a container name must be specified for pod ${podName}, choose one of: [${app.join(" ")}]`);
}

export async function handleLogs(ctx: HandlerContext): Promise<void> {
  const { deps, request, query } = ctx;
  const pod = (await deps.api.get("pods", request.name, { namespace: request.namespace })) as PodShape;
  const container = logContainer(pod, request.name, query.get("container"));
  const nodeName = pod.spec?.nodeName;
  if (!nodeName) throw new BadRequestError(`pod ${request.name} has no node yet: no log to read`);
  const tail = optionalCount(query, "tailLines");
  const sinceSeconds = optionalCount(query, "sinceSeconds");
  const limitBytes = optionalCount(query, "limitBytes");
  const timestamps = flag(query, "timestamps");
  const abort = new AbortController();
  const res = ctx.res as ServerResponse;
  ctx.req.once("close", () => abort.abort());
  const lines = readContainerLog(deps.nc, nodeName, {
    namespace: request.namespace, pod: request.name, container, tail, follow: flag(query, "follow"), previous: flag(query, "previous"),
  }, abort.signal);
  let sent = 0;
  const since = sinceSeconds === undefined ? undefined : Date.now() - sinceSeconds * 1000;
  for await (const line of lines) {
    if (!res.headersSent) res.writeHead(200, { "Content-Type": "text/plain", "Cache-Control": "no-cache, private" });
    const text = line.text.endsWith("\n") ? line.text : `${line.text}\n`;
    if (since !== undefined && line.time !== undefined && line.time < since) continue;
    const out = timestamps ? `${new Date(line.time ?? Date.now()).toISOString()} ${text}` : text;
    res.write(out);
    sent += Buffer.byteLength(out);
    if (limitBytes !== undefined && sent >= limitBytes) break;
  }
  if (!res.headersSent) res.writeHead(200, { "Content-Type": "text/plain" });
  res.end();
  abort.abort();
}
