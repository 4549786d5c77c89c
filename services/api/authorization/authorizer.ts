// What an authorizer decides on, in Kubernetes' terms (k8s.io/apiserver authorizer.Attributes),
// and what it answers. Authorizers run as a chain (Node, then RBAC, as kube-apiserver's
// --authorization-mode=Node,RBAC): the first that allows or denies decides; when none has an
// opinion the request is forbidden.
import type { UserInfo } from "../../../runtime/auth/user-info.ts";

export interface ResourceAttributes {
  kind: "resource";
  user: UserInfo;
  /** Kubernetes' verb: get, list, watch, create, update, patch, delete, deletecollection, impersonate, ... */
  verb: string;
  /** "" for the core group. */
  apiGroup: string;
  /** Plural, e.g. "pods". */
  resource: string;
  /** e.g. "status", "binding", "eviction", "log", "token"; "" for the object itself. */
  subresource: string;
  /** "" for cluster-scoped resources and for lists across namespaces. */
  namespace: string;
  /** "" when the request names no object (list, watch of a collection, create without a name). */
  name: string;
}

export interface NonResourceAttributes {
  kind: "nonResource";
  user: UserInfo;
  verb: string;
  /** e.g. "/api", "/healthz", "/version". */
  path: string;
}

export type AuthorizationAttributes = ResourceAttributes | NonResourceAttributes;

export type Decision =
  | { decision: "allow"; reason: string }
  | { decision: "deny"; reason: string }
  | { decision: "noOpinion"; reason?: string };

export interface Authorizer {
  /** Short name for logs, metrics and review replies: "Node", "RBAC". */
  readonly name: string;
  authorize(attributes: AuthorizationAttributes): Decision | Promise<Decision>;
}
