// The kubelet's token manager (Kubernetes' pkg/kubelet/token): for each pod and projection it
// asks the API for a token bound to the pod (createToken), keeps it, and asks again once 80% of
// its lifetime has passed or it is 24 hours old, with a little jitter so a node's pods do not all
// rotate at once. Tokens of a pod are forgotten when its worker tears down: nothing renews them.
import type { troupe } from "../../../proto/gen/troupe.js";
import { DEFAULT_SERVICE_ACCOUNT } from "../../../runtime/volumes/service-account.ts";
import type { Pod } from "../pod/container-spec.ts";

type TokenRequest = troupe.v1.TokenRequest.$Properties;
type Projection = troupe.v1.ServiceAccountTokenProjection.$Properties;

/** Kubernetes' maxTTL: a token is renewed at least daily, whatever its expiration. */
export const TOKEN_MAX_TTL_MS = 24 * 3600 * 1000;
const MAX_JITTER_MS = 10_000;
/** Kubernetes' default expirationSeconds of a projection. */
export const DEFAULT_PROJECTION_EXPIRATION_SECONDS = 3600;

export interface HeldToken {
  token: string;
  expiresAtMs: number;
  /** The lifetime the API granted (it may shorten the one asked for). */
  expirationSeconds: number;
}

/** Kubernetes' requiresRefresh: 24 h after issue, or within 20% of the lifetime (plus jitter) of the expiry. */
export function requiresRefresh(held: HeldToken, nowMs: number, jitterMs = 0): boolean {
  const lifetimeMs = held.expirationSeconds * 1000;
  const issuedAtMs = held.expiresAtMs - lifetimeMs;
  if (nowMs > issuedAtMs + TOKEN_MAX_TTL_MS - jitterMs) return true;
  return nowMs > held.expiresAtMs - lifetimeMs * 0.2 - jitterMs;
}

export type TokenRequester = (namespace: string, serviceAccount: string, request: TokenRequest) => Promise<TokenRequest>;

export interface ServiceAccountTokensOptions {
  request: TokenRequester;
  now?: () => number;
  jitterMs?: () => number;
  /** Counts each request by result (the kubelet's metrics). */
  onRequest?: (result: "success" | "failure") => void;
}

export class ServiceAccountTokens {
  readonly #request: TokenRequester;
  readonly #now: () => number;
  readonly #jitterMs: () => number;
  readonly #onRequest: (result: "success" | "failure") => void;
  readonly #held = new Map<string, HeldToken>();

  constructor(options: ServiceAccountTokensOptions) {
    this.#request = options.request;
    this.#now = options.now ?? Date.now;
    this.#jitterMs = options.jitterMs ?? (() => Math.random() * MAX_JITTER_MS);
    this.#onRequest = options.onRequest ?? (() => undefined);
  }

  /** The pod's current token for the projection: the held one, or a new one when it is due. */
  async tokenFor(pod: Pod, projection: Projection): Promise<string> {
    const uid = pod.metadata?.uid ?? "";
    const audience = projection.audience ?? "";
    const expirationSeconds = Number(projection.expirationSeconds ?? DEFAULT_PROJECTION_EXPIRATION_SECONDS);
    const key = `${uid}|${audience}|${expirationSeconds}`;
    const held = this.#held.get(key);
    if (held && !requiresRefresh(held, this.#now(), this.#jitterMs())) return held.token;
    let issued: TokenRequest;
    try {
      issued = await this.#request(pod.metadata?.namespace ?? "default", pod.spec?.serviceAccountName || DEFAULT_SERVICE_ACCOUNT, {
        apiVersion: "authentication.k8s.io/v1",
        kind: "TokenRequest",
        spec: {
          audiences: audience ? [audience] : [],
          expirationSeconds,
          boundObjectRef: { kind: "Pod", apiVersion: "v1", name: pod.metadata?.name ?? "", uid },
        },
      });
    } catch (error) {
      this.#onRequest("failure");
      // A held token that has not expired yet still serves while the API is unreachable.
      if (held && held.expiresAtMs > this.#now()) return held.token;
      throw error;
    }
    this.#onRequest("success");
    const next: HeldToken = {
      token: issued.status?.token ?? "",
      expiresAtMs: Date.parse(issued.status?.expirationTimestamp ?? ""),
      expirationSeconds: Number(issued.spec?.expirationSeconds ?? expirationSeconds),
    };
    this.#held.set(key, next);
    return next.token;
  }

  /** The pod is gone: stop renewing its tokens. */
  forgetPod(uid: string): void {
    for (const key of this.#held.keys()) if (key.startsWith(`${uid}|`)) this.#held.delete(key);
  }

  /** How many tokens are held (for tests and metrics). */
  get size(): number {
    return this.#held.size;
  }
}
