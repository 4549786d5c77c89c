// Columns of RoleBinding and ClusterRoleBinding (printRoleBinding, printClusterRoleBinding). Role
// and ClusterRole have no printer in Kubernetes: they get the default table, Name and Created At,
// which both front ends print.
import type { KubeObject } from "../api-client.ts";
import { ageColumn, column, createdAtColumn, nameColumn, type Column } from "./column.ts";

export const roleColumns: Column[] = [nameColumn, createdAtColumn];

interface BindingJson {
  roleRef?: { kind?: string; name?: string };
  subjects?: { kind?: string; name?: string; namespace?: string }[];
}

const binding = (object: KubeObject) => object as unknown as BindingJson;

/** rbac.SubjectsStrings: users, groups and "namespace/name" of ServiceAccounts. */
function subjectsOfKind(object: KubeObject, kind: string): string {
  return (binding(object).subjects ?? [])
    .filter((subject) => subject.kind === kind)
    .map((subject) => (kind === "ServiceAccount" ? `${subject.namespace ?? ""}/${subject.name ?? ""}` : subject.name ?? ""))
    .join(", ");
}

function bindingColumns(roleRefDescription: string, of: string): Column[] {
  return [
    nameColumn,
    column("Role", roleRefDescription, (object) => `${binding(object).roleRef?.kind ?? ""}/${binding(object).roleRef?.name ?? ""}`),
    ageColumn,
    column("Users", `Users in the ${of}`, (object) => subjectsOfKind(object, "User"), 1),
    column("Groups", `Groups in the ${of}`, (object) => subjectsOfKind(object, "Group"), 1),
    column("ServiceAccounts", `ServiceAccounts in the ${of}`, (object) => subjectsOfKind(object, "ServiceAccount"), 1),
  ];
}

export const roleBindingColumns: Column[] = bindingColumns(
  "RoleRef can reference a Role in the current namespace or a ClusterRole in the global namespace. If the RoleRef cannot be resolved, the Authorizer must return an error. This field is immutable.",
  "roleBinding",
);

export const clusterRoleBindingColumns: Column[] = bindingColumns(
  "RoleRef can only reference a ClusterRole in the global namespace. If the RoleRef cannot be resolved, the Authorizer must return an error. This field is immutable.",
  "clusterRoleBinding",
);
