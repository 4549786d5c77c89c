// The RBAC objects as the authorizer reads them (rbac.authorization.k8s.io/v1), in the JSON shape
// the API's repository holds.

export interface PolicyRule {
  verbs?: string[] | null;
  apiGroups?: string[] | null;
  resources?: string[] | null;
  resourceNames?: string[] | null;
  nonResourceURLs?: string[] | null;
}

export interface Subject {
  kind?: string | null;
  apiGroup?: string | null;
  name?: string | null;
  namespace?: string | null;
}

export interface RoleRef {
  apiGroup?: string | null;
  kind?: string | null;
  name?: string | null;
}

interface Meta {
  metadata?: { name?: string | null; namespace?: string | null; labels?: Record<string, string> | null } | null;
}

export interface RoleObject extends Meta {
  rules?: PolicyRule[] | null;
  aggregationRule?: { clusterRoleSelectors?: LabelSelectorJson[] | null } | null;
}

export interface BindingObject extends Meta {
  subjects?: Subject[] | null;
  roleRef?: RoleRef | null;
}

export interface LabelSelectorJson {
  matchLabels?: Record<string, string> | null;
  matchExpressions?: { key?: string | null; operator?: string | null; values?: string[] | null }[] | null;
}

export const RBAC_API_GROUP = "rbac.authorization.k8s.io";
/** Matches every verb, group, resource or non-resource URL (rbacv1.VerbAll, APIGroupAll, ...). */
export const ALL = "*";
