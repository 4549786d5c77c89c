// createToken: Kubernetes' serviceaccounts/token subresource (authentication.k8s.io/v1
// TokenRequest, pkg/registry/core/serviceaccount/storage/token.go). The ServiceAccount must
// exist; a token bound to a Pod needs the pod to exist and to run as that ServiceAccount. The
// token is a NATS bearer user JWT for serviceAccountUser(ns, name, pod) with podPermissions():
// whoever holds it may do on NATS what those permissions allow, until it expires.
import { BadRequestError, ConflictError, InvalidError, ServiceUnavailableError } from "../../../runtime/api-errors.ts";
import { findResource, type ResourceInfo } from "../../../runtime/codec/resources.ts";
import { kubernetesTime } from "../../../runtime/kubernetes-time.ts";
import { jetStreamBucketsOf, meshServicesOf } from "../../../runtime/auth/pod-permissions.ts";
import { serviceAccountUser } from "../../../runtime/auth/user-info.ts";
import type { troupe } from "../../../proto/gen/troupe.js";
import type { ApiContext } from "../api-context.ts";
import { invalid } from "../admission/validation/field-errors.ts";
import { DEFAULT_NAMESPACE, getOrNotFound } from "./object-rules.ts";

const SERVICE_ACCOUNTS = findResource("serviceaccounts") as ResourceInfo;
const PODS = findResource("pods") as ResourceInfo;

export type TokenRequest = troupe.v1.TokenRequest.$Properties;

export const TOKEN_REQUEST_API_VERSION = "authentication.k8s.io/v1";
/** Kubernetes' default and minimum lifetimes of a requested token. */
export const DEFAULT_TOKEN_EXPIRATION_SECONDS = 3600;
export const MIN_TOKEN_EXPIRATION_SECONDS = 600;
const MAX_VALID_EXPIRATION_SECONDS = 2 ** 32;
/** Longer requests are shortened to this (kube-apiserver's --service-account-max-token-expiration): a NATS JWT cannot be revoked early. */
export const MAX_TOKEN_EXPIRATION_SECONDS = 86_400;
/** The audience a token gets when the request names none (the API's own). */
export const DEFAULT_TOKEN_AUDIENCE = "troupe";

export interface CreateTokenQuery {
  namespace?: string;
  name: string;
  request: TokenRequest;
}

interface PodShape {
  metadata?: { uid?: string | null; name?: string | null };
  spec?: { serviceAccountName?: string | null };
}

interface ServiceAccountShape {
  metadata?: { annotations?: Record<string, string> | null };
}

export const NO_TOKEN_ISSUER_MESSAGE = "the API cannot issue ServiceAccount tokens: it has no NATS authority (start it with TROUPE_NATS_AUTHORITY_FILE)";

/** Kubernetes' ValidateTokenRequest. */
export function validateTokenRequest(request: TokenRequest, name: string): void {
  const seconds = Number(request.spec?.expirationSeconds ?? DEFAULT_TOKEN_EXPIRATION_SECONDS);
  const errors = [];
  if (seconds < MIN_TOKEN_EXPIRATION_SECONDS) errors.push(invalid("spec.expirationSeconds", seconds, "may not specify a duration less than 10 minutes"));
  if (seconds > MAX_VALID_EXPIRATION_SECONDS) errors.push(invalid("spec.expirationSeconds", seconds, "may not specify a duration larger than 2^32 seconds"));
  if (errors.length > 0) throw new InvalidError("TokenRequest", name, errors);
}

export async function createToken(ctx: ApiContext, query: CreateTokenQuery): Promise<TokenRequest> {
  const namespace = query.namespace || DEFAULT_NAMESPACE;
  const { name, request } = query;
  validateTokenRequest(request, name);
  const account = (await getOrNotFound(ctx, SERVICE_ACCOUNTS, namespace, name)).object as ServiceAccountShape;
  const ref = request.spec?.boundObjectRef;
  let pod: { name: string; uid: string } | undefined;
  if (ref) {
    if ((ref.kind ?? "") !== "Pod" || !["", "v1"].includes(ref.apiVersion ?? "")) {
      throw new BadRequestError(`cannot bind token to object of kind ${ref.apiVersion || "v1"}, Kind=${ref.kind ?? ""}`);
    }
    const bound = (await getOrNotFound(ctx, PODS, namespace, ref.name ?? "")).object as PodShape;
    if ((bound.spec?.serviceAccountName || "default") !== name) {
      throw new BadRequestError(`cannot bind token for serviceaccount "${name}" to pod running with different serviceaccount name.`);
    }
    const uid = bound.metadata?.uid ?? "";
    if (ref.uid && ref.uid !== uid) {
      throw new ConflictError("Pod", ref.name ?? "", `the UID in the bound object reference (${ref.uid}) does not match the UID in record. The object might have been deleted and then recreated`);
    }
    pod = { name: ref.name ?? "", uid };
  }
  if (!ctx.tokens) throw new ServiceUnavailableError(NO_TOKEN_ISSUER_MESSAGE);
  const requested = Number(request.spec?.expirationSeconds ?? DEFAULT_TOKEN_EXPIRATION_SECONDS);
  const expirationSeconds = Math.min(requested, MAX_TOKEN_EXPIRATION_SECONDS);
  const issuedAt = ctx.now();
  const expiresAt = new Date(issuedAt.getTime() + expirationSeconds * 1000);
  const issued = await ctx.tokens.issue({
    user: serviceAccountUser(namespace, name, pod),
    namespace,
    servedServices: meshServicesOf(account.metadata?.annotations),
    buckets: jetStreamBucketsOf(account.metadata?.annotations),
    ...(pod ? { pod: pod.name } : {}),
    issuedAt,
    expiresAt,
  });
  const audiences = request.spec?.audiences?.length ? request.spec.audiences : [DEFAULT_TOKEN_AUDIENCE];
  return {
    apiVersion: TOKEN_REQUEST_API_VERSION,
    kind: "TokenRequest",
    metadata: { name, namespace, creationTimestamp: kubernetesTime(issuedAt) },
    spec: { audiences, expirationSeconds, ...(ref ? { boundObjectRef: { kind: "Pod", apiVersion: "v1", name: ref.name ?? "", uid: pod?.uid ?? "" } } : {}) },
    status: { token: issued.token, expirationTimestamp: kubernetesTime(expiresAt) },
  };
}
