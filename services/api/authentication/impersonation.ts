// Impersonation (kubectl --as / --as-group; Kubernetes' WithImpersonation filter): the
// authenticated user asks, in the Troupe-Impersonate-User / -Group headers, to act as someone
// else. Each identity asked for is checked as `impersonate` of users, groups or serviceaccounts;
// the request then runs as the impersonated user. A refusal is the usual 403.
import { BadRequestError } from "../../../runtime/api-errors.ts";
import { ANONYMOUS, SERVICEACCOUNT_USER_PREFIX, SYSTEM_AUTHENTICATED, SYSTEM_SERVICEACCOUNTS, type UserInfo } from "../../../runtime/auth/user-info.ts";
import type { ResourceAttributes } from "../authorization/authorizer.ts";

export interface ImpersonationRequest {
  user: string;
  groups: string[];
}

/** The impersonation the headers ask for, or undefined. Groups without a user are refused, as Kubernetes does. */
export function impersonationOf(userHeader: string | undefined, groupHeader: string | undefined): ImpersonationRequest | undefined {
  let groups: string[] = [];
  if (groupHeader) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(groupHeader);
    } catch {
      throw new BadRequestError("Troupe-Impersonate-Group must be a JSON array of strings");
    }
    if (!Array.isArray(parsed) || !parsed.every((group) => typeof group === "string")) throw new BadRequestError("Troupe-Impersonate-Group must be a JSON array of strings");
    groups = parsed;
  }
  if (!userHeader) {
    if (groups.length > 0) throw new BadRequestError(`requested ${JSON.stringify(groups.map((name) => ({ kind: "Group", name })))} without impersonating a user`);
    return undefined;
  }
  return { user: userHeader, groups };
}

/** The impersonate checks one request needs: the user (or ServiceAccount), then each group. */
export function impersonationChecks(requester: UserInfo, request: ImpersonationRequest): ResourceAttributes[] {
  const check = (resource: string, name: string, namespace = ""): ResourceAttributes => ({
    kind: "resource", user: requester, verb: "impersonate", apiGroup: "", resource, subresource: "", namespace, name,
  });
  const serviceAccount = serviceAccountName(request.user);
  const checks = [serviceAccount ? check("serviceaccounts", serviceAccount.name, serviceAccount.namespace) : check("users", request.user)];
  for (const group of request.groups) checks.push(check("groups", group));
  return checks;
}

function serviceAccountName(username: string): { namespace: string; name: string } | undefined {
  if (!username.startsWith(SERVICEACCOUNT_USER_PREFIX)) return undefined;
  const [namespace, name, ...rest] = username.slice(SERVICEACCOUNT_USER_PREFIX.length).split(":");
  return namespace && name && rest.length === 0 ? { namespace, name } : undefined;
}

/** Who the request runs as: the groups asked for, plus what Kubernetes adds (system:authenticated,
 * and a ServiceAccount's system:serviceaccounts groups). */
export function impersonatedUser(request: ImpersonationRequest): UserInfo {
  const groups = [...request.groups];
  const serviceAccount = serviceAccountName(request.user);
  if (serviceAccount) {
    for (const group of [SYSTEM_SERVICEACCOUNTS, `${SYSTEM_SERVICEACCOUNTS}:${serviceAccount.namespace}`]) if (!groups.includes(group)) groups.push(group);
  }
  if (request.user !== ANONYMOUS.username && !groups.includes(SYSTEM_AUTHENTICATED)) groups.push(SYSTEM_AUTHENTICATED);
  return { username: request.user, groups };
}
