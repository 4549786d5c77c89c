// Who calls a mesh service: the last token of `troupe.mesh.<ns>.<service>.<method>.<caller>` is
// the caller's identity token, which only the caller's own NATS user may publish under (the
// server checks its JWT's permissions), so a served service can trust it and restrict callers.
// Without NATS authentication (a bare cluster, tests) anyone may claim any caller.
import { decodeIdentityToken } from "../auth/identity-token.ts";
import { POD_NAME_EXTRA, serviceAccountOf } from "../auth/user-info.ts";
import type { MeshCaller } from "./types.ts";

/** The caller a caller token names; undefined when it is absent or does not decode. */
export function callerOf(token: string | undefined): MeshCaller | undefined {
  const user = token ? decodeIdentityToken(token) : undefined;
  if (!user) return undefined;
  const serviceAccount = serviceAccountOf(user);
  const pod = user.extra?.[POD_NAME_EXTRA]?.[0];
  return { username: user.username, groups: user.groups, ...(serviceAccount ? { serviceAccount } : {}), ...(pod ? { pod } : {}) };
}

/** Whether `caller` is one of the ServiceAccounts `allowed` names ("name" in `namespace`, or "ns:name"). */
export function isAllowedCaller(caller: MeshCaller | undefined, allowed: readonly string[], namespace: string): boolean {
  const account = caller?.serviceAccount;
  if (!account) return false;
  return allowed.some((entry) => {
    const colon = entry.indexOf(":");
    const [ns, name] = colon < 0 ? [namespace, entry] : [entry.slice(0, colon), entry.slice(colon + 1)];
    return account.namespace === ns && account.name === name;
  });
}

/** The FORBIDDEN message: who was refused, and who may call. */
export function forbiddenMessage(caller: MeshCaller | undefined, service: string, allowed: readonly string[]): string {
  const who = caller ? `caller ${caller.username}` : "a caller without an identity";
  return `${who} may not call service ${service} (allowedCallers: ${allowed.join(", ")})`;
}
