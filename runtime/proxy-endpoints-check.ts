// The contract of PROXY_ENDPOINTS_CHECK_SUBJECT (docs/nats-api.md): a kubelet asks every node
// proxy whether it still sends new connections to a terminating pod's endpoints; each proxy
// answers for itself. JSON both ways.

export interface EndpointsCheckRequest {
  /** The pod's IP. */
  ip: string;
  /** Its endpoint ports (host ports); empty = any port on that IP. */
  ports: number[];
}

export interface EndpointsCheckReply {
  /** The answering proxy's micro service instance id (as `$SRV.PING` reports it). */
  proxy: string;
  node: string;
  /** The asked endpoints (`ip:port`) this proxy still routes new connections to; empty = drained. */
  routing: string[];
}

export class InvalidEndpointsCheckError extends Error {
  override name = "InvalidEndpointsCheckError";
  readonly code = "INVALID_ENDPOINTS_CHECK";
}

/** Parses a request; a clear error naming the field otherwise. */
export function parseEndpointsCheckRequest(value: unknown): EndpointsCheckRequest {
  const body = value as Partial<EndpointsCheckRequest> | null;
  if (!body || typeof body !== "object") throw new InvalidEndpointsCheckError("endpoints check: the body must be a JSON object");
  if (typeof body.ip !== "string" || body.ip === "") throw new InvalidEndpointsCheckError("endpoints check: ip: must be a non-empty string");
  const ports = body.ports ?? [];
  if (!Array.isArray(ports) || ports.some((port) => !Number.isInteger(port) || port <= 0 || port > 65_535)) {
    throw new InvalidEndpointsCheckError("endpoints check: ports: must be a list of port numbers 1-65535");
  }
  return { ip: body.ip, ports };
}

/** Which of `candidates` (`{ip, port}` a proxy routes to) the request asks about, as `ip:port`, sorted, unique. */
export function matchingEndpoints(request: EndpointsCheckRequest, candidates: Iterable<{ ip: string; port: number }>): string[] {
  const found = new Set<string>();
  for (const { ip, port } of candidates) {
    if (ip !== request.ip) continue;
    if (request.ports.length > 0 && !request.ports.includes(port)) continue;
    found.add(`${ip}:${port}`);
  }
  return [...found].sort();
}
