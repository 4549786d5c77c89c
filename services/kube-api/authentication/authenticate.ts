// Who sent one HTTP request, as kube-apiserver's authenticator chain decides it: a verified
// client certificate, else a bearer token, else (no credentials at all) system:anonymous, whom
// RBAC lets do almost nothing. Credentials that are given but do not check are 401.
import type { IncomingHttpHeaders } from "node:http";
import type { TLSSocket } from "node:tls";
import type { CallerIdentity } from "../../../runtime/api-client/transport.ts";
import { UnauthorizedError } from "../../../runtime/api-errors.ts";
import { encodeIdentityToken } from "../../../runtime/auth/identity-token.ts";
import { ANONYMOUS, type UserInfo } from "../../../runtime/auth/user-info.ts";
import { verifyBearerToken } from "./bearer-token.ts";
import { clientCertificateUser } from "./client-certificate.ts";
import { impersonationOf } from "./impersonation.ts";

export interface AuthenticationSettings {
  /** Public nkeys whose bearer user JWTs are accepted (the cluster account's signing key). */
  tokenIssuerKeys: readonly string[];
}

export interface Authenticated {
  user: UserInfo;
  /** How: x509, token or anonymous (a metric label and a log field). */
  method: "x509" | "token" | "anonymous";
  caller: CallerIdentity;
}

function bearerOf(headers: IncomingHttpHeaders): string | undefined {
  const header = headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new UnauthorizedError("Unauthorized: the Authorization header is not a Bearer token");
  return match[1];
}

export function authenticateHttp(settings: AuthenticationSettings, socket: TLSSocket | undefined, headers: IncomingHttpHeaders): Authenticated {
  const impersonate = impersonationOf(headers);
  const withImpersonation = (caller: CallerIdentity): CallerIdentity => (impersonate ? { ...caller, impersonate } : caller);
  const certificateUser = clientCertificateUser(socket);
  if (certificateUser) return { user: certificateUser, method: "x509", caller: withImpersonation({ identityToken: encodeIdentityToken(certificateUser) }) };
  const token = bearerOf(headers);
  if (token !== undefined) {
    const verdict = verifyBearerToken(token, settings.tokenIssuerKeys);
    if (!verdict.ok) throw new UnauthorizedError(`Unauthorized: invalid bearer token (${verdict.reason})`);
    return { user: verdict.user, method: "token", caller: withImpersonation({ identityToken: verdict.identityToken }) };
  }
  return { user: ANONYMOUS, method: "anonymous", caller: withImpersonation({ identityToken: encodeIdentityToken(ANONYMOUS) }) };
}
