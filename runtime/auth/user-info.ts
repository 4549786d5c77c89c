// Who made a request, as Kubernetes' authenticator hands it to authorization and audit
// (k8s.io/apiserver user.Info): a name, groups, and optional extra attributes.

export interface UserInfo {
  username: string;
  groups: string[];
  uid?: string;
  /** Kubernetes' user.Info extra, e.g. authentication.kubernetes.io/pod-name for pod tokens. */
  extra?: Record<string, string[]>;
}

export const SYSTEM_MASTERS = "system:masters";
export const SYSTEM_AUTHENTICATED = "system:authenticated";
export const SYSTEM_UNAUTHENTICATED = "system:unauthenticated";
export const SYSTEM_NODES = "system:nodes";
export const SYSTEM_SERVICEACCOUNTS = "system:serviceaccounts";
export const NODE_USER_PREFIX = "system:node:";
export const SERVICEACCOUNT_USER_PREFIX = "system:serviceaccount:";
export const POD_NAME_EXTRA = "authentication.kubernetes.io/pod-name";
export const POD_UID_EXTRA = "authentication.kubernetes.io/pod-uid";

/** What a request on the identity-less subjects is when the API runs without NATS
 * authentication (tests, a bare API): the cluster's administrator, as Kubernetes' insecure port was. */
export const INSECURE_ADMIN: UserInfo = { username: "system:admin", groups: [SYSTEM_MASTERS, SYSTEM_AUTHENTICATED] };
export const ANONYMOUS: UserInfo = { username: "system:anonymous", groups: [SYSTEM_UNAUTHENTICATED] };

/** The control-plane roles' users, as Kubernetes names its components. */
export const COMPONENT_USERS = {
  kubeApi: "system:troupe:kube-api",
  scheduler: "system:kube-scheduler",
  controllerManager: "system:kube-controller-manager",
  proxy: "system:kube-proxy",
  dns: "system:troupe:dns",
  ingress: "system:troupe:ingress",
  console: "system:troupe:console",
} as const;

export function nodeUser(nodeName: string): UserInfo {
  return { username: `${NODE_USER_PREFIX}${nodeName}`, groups: [SYSTEM_NODES, SYSTEM_AUTHENTICATED] };
}

/** The node a kubelet's identity names, or undefined when it is not a node's. */
export function nodeNameOf(user: UserInfo): string | undefined {
  if (!user.username.startsWith(NODE_USER_PREFIX) || !user.groups.includes(SYSTEM_NODES)) return undefined;
  return user.username.slice(NODE_USER_PREFIX.length) || undefined;
}

export function serviceAccountUser(namespace: string, name: string, pod?: { name: string; uid: string }): UserInfo {
  const user: UserInfo = {
    username: `${SERVICEACCOUNT_USER_PREFIX}${namespace}:${name}`,
    groups: [SYSTEM_SERVICEACCOUNTS, `${SYSTEM_SERVICEACCOUNTS}:${namespace}`, SYSTEM_AUTHENTICATED],
  };
  if (pod) user.extra = { [POD_NAME_EXTRA]: [pod.name], [POD_UID_EXTRA]: [pod.uid] };
  return user;
}

/** Namespace and name of a ServiceAccount user, or undefined. */
export function serviceAccountOf(user: UserInfo): { namespace: string; name: string } | undefined {
  if (!user.username.startsWith(SERVICEACCOUNT_USER_PREFIX)) return undefined;
  const [namespace, name, ...rest] = user.username.slice(SERVICEACCOUNT_USER_PREFIX.length).split(":");
  return namespace && name && rest.length === 0 ? { namespace, name } : undefined;
}

/** A user the identity token or a certificate names, with system:authenticated added as Kubernetes does. */
export function authenticatedUser(username: string, groups: string[] = [], extra?: Record<string, string[]>): UserInfo {
  const all = groups.includes(SYSTEM_AUTHENTICATED) ? [...groups] : [...groups, SYSTEM_AUTHENTICATED];
  return extra ? { username, groups: all, extra } : { username, groups: all };
}
