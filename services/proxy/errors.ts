// The proxy's own failures.

/** An endpoint did not accept a connection within the connect timeout. */
export class ConnectTimeoutError extends Error {
  override name = "ConnectTimeoutError";
  readonly code = "PROXY_CONNECT_TIMEOUT";
  readonly endpoint: string;
  readonly timeoutMs: number;
  constructor(endpoint: string, timeoutMs: number) {
    super(`connect to ${endpoint} timed out after ${timeoutMs} ms`);
    this.endpoint = endpoint;
    this.timeoutMs = timeoutMs;
  }
}

/** A service address could not be bound; the listener retries with back-off. */
export class ListenError extends Error {
  override name = "ListenError";
  readonly code = "PROXY_LISTEN_FAILED";
  readonly address: string;
  readonly port: number;
  constructor(address: string, port: number, cause: unknown) {
    super(`cannot listen on ${address}:${port}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.address = address;
    this.port = port;
  }
}
