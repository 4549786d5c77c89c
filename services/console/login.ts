// Logging in to the console: the token (the admin's, written by `troupe up` in
// $TROUPE_HOME/console-token, or any bearer token the cluster issued, such as `troupe create
// token`) must be signed by the cluster's token issuer and unexpired, and the API must say, in a
// SubjectAccessReview, that its user may list pods cluster-wide: read access to what the console shows.
import type { JsonApiClient, KubeObject } from "../../runtime/api-client.ts";
import type { UserInfo } from "../../runtime/auth/user-info.ts";
import { verifyBearerToken } from "../kube-api/authentication/bearer-token.ts";

export type LoginResult = { ok: true; user: UserInfo; expiresAt?: Date } | { ok: false; reason: string };

/** The review the console asks of the API for a login's user (pure). */
export function readAccessReview(user: UserInfo): KubeObject {
  return {
    apiVersion: "authorization.k8s.io/v1",
    kind: "SubjectAccessReview",
    spec: { user: user.username, groups: user.groups ?? [], resourceAttributes: { verb: "list", resource: "pods" } },
  };
}

/** What a review's answer means for the login (pure). */
export function reviewOutcome(user: UserInfo, review: KubeObject): LoginResult {
  const status = review.status as { allowed?: boolean; reason?: string } | undefined;
  if (status?.allowed) return { ok: true, user };
  return { ok: false, reason: `user ${user.username} may not list pods${status?.reason ? ` (${status.reason})` : ""}` };
}

export async function checkLogin(token: string, options: { issuerKeys: readonly string[]; client: JsonApiClient; now?: Date }): Promise<LoginResult> {
  const trimmed = token.trim();
  if (!trimmed) return { ok: false, reason: "no token given" };
  if (options.issuerKeys.length === 0) return { ok: false, reason: "the console was started without token issuer keys (TROUPE_CONSOLE_TOKEN_ISSUER_KEYS)" };
  const verdict = verifyBearerToken(trimmed, options.issuerKeys, options.now);
  if (!verdict.ok) return { ok: false, reason: `token refused: ${verdict.reason}` };
  const outcome = reviewOutcome(verdict.user, await options.client.review(readAccessReview(verdict.user)));
  return outcome.ok && verdict.expiresAt ? { ...outcome, expiresAt: verdict.expiresAt } : outcome;
}
