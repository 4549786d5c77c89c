// Kubernetes' defaults for RBAC bindings (SetDefaults_Subject): a User or Group subject's
// apiGroup is rbac.authorization.k8s.io when left empty.
import type { troupe } from "../../../../proto/gen/troupe.js";

type Binding = troupe.v1.RoleBinding.$Properties | troupe.v1.ClusterRoleBinding.$Properties;

export const RBAC_GROUP = "rbac.authorization.k8s.io";

export function defaultBinding(binding: Binding): void {
  for (const subject of binding.subjects ?? []) {
    if (!subject.apiGroup && (subject.kind === "User" || subject.kind === "Group")) subject.apiGroup = RBAC_GROUP;
  }
}
