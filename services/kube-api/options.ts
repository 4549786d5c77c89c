// Options of the Kubernetes REST front end; main.ts fills them from the environment.

export interface KubeApiOptions {
  /** Address to listen on (TROUPE_KUBE_API_HOST). */
  host?: string;
  /** Port (TROUPE_KUBE_API_PORT); 0: any free port. */
  port?: number;
  /** When `port` is taken, listen on any free port instead of failing. */
  portFallback?: boolean;
  /** PEM serving certificate and key, signed by the cluster CA. */
  tlsCert: string;
  tlsKey: string;
  /** PEM CA that signs client certificates; a verified certificate's CN is the user, its O the groups. */
  clientCa?: string;
  /** Authenticate every HTTP caller (client certificate, bearer token, else system:anonymous) and
   * speak for them on the API's identity subjects (TROUPE_KUBE_API_AUTHENTICATE=1). Off: every
   * request is the front end's own NATS identity, for clusters without authentication. */
  authenticate?: boolean;
  /** Public nkeys whose bearer user JWTs (ServiceAccount tokens) are accepted
   * (TROUPE_KUBE_API_TOKEN_ISSUER_KEYS, comma-separated: the cluster account's signing key). */
  tokenIssuerKeys?: string[];
  /** Largest request body; Kubernetes allows 3 MiB. */
  maxBodyBytes?: number;
  /** An HTTP/1.1 client must send a request's headers within this time of connecting or of the
   * previous response (slowloris clients are cut off). */
  headersTimeoutMs?: number;
  bookmarkIntervalMs?: number;
  /** Requests being handled at once, reads and writes counted apart (watches and streams not
   * counted), before more are refused with 429 and Retry-After: kube-apiserver's
   * --max-requests-inflight (400) and --max-mutating-requests-inflight (200). */
  maxRequestsInflight?: number;
  maxMutatingRequestsInflight?: number;
  /** A watch without timeoutSeconds ends after between this and twice this long, as
   * kube-apiserver's --min-request-timeout spreads reconnects; clients resume where they were. */
  minRequestTimeoutSeconds?: number;
  troupeVersion?: string;
}

export type ResolvedKubeApiOptions = Required<Omit<KubeApiOptions, "clientCa">> & Pick<KubeApiOptions, "clientCa">;

export const DEFAULT_KUBE_API_PORT = 6443;

export function resolveKubeApiOptions(options: KubeApiOptions): ResolvedKubeApiOptions {
  return {
    host: options.host ?? "127.0.0.1",
    port: options.port ?? DEFAULT_KUBE_API_PORT,
    portFallback: options.portFallback ?? false,
    tlsCert: options.tlsCert,
    tlsKey: options.tlsKey,
    clientCa: options.clientCa,
    authenticate: options.authenticate ?? false,
    tokenIssuerKeys: options.tokenIssuerKeys ?? [],
    maxBodyBytes: options.maxBodyBytes ?? 3 * 1024 * 1024,
    headersTimeoutMs: options.headersTimeoutMs ?? 30_000,
    bookmarkIntervalMs: options.bookmarkIntervalMs ?? 60_000,
    maxRequestsInflight: options.maxRequestsInflight ?? 400,
    maxMutatingRequestsInflight: options.maxMutatingRequestsInflight ?? 200,
    minRequestTimeoutSeconds: options.minRequestTimeoutSeconds ?? 1800,
    troupeVersion: options.troupeVersion ?? "0.1.0",
  };
}
