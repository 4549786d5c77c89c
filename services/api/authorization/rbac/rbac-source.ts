// What the RBAC authorizer reads: the bindings that may name a user and the roles they refer to.
// Two implementations: RbacIndex (informers, indexed by subject: the fast path of every request)
// and ListedRbacSource (plain arrays: consistent lists for a re-check, and the unit tests).
import type { UserInfo } from "../../../../runtime/auth/user-info.ts";
import { appliesToUser } from "./subject-matching.ts";
import type { BindingObject, RoleObject, Subject } from "./types.ts";

export interface RbacSource {
  /** ClusterRoleBindings that may apply to the user (a superset is fine; each is checked). */
  clusterRoleBindingsFor(user: UserInfo): Iterable<BindingObject>;
  /** RoleBindings of `namespace` that may apply to the user. */
  roleBindingsFor(user: UserInfo, namespace: string): Iterable<BindingObject>;
  role(namespace: string, name: string): RoleObject | undefined;
  clusterRole(name: string): RoleObject | undefined;
}

/** The index keys a user is known by: "User:<name>", "Group:<group>" for each group. A
 * ServiceAccount subject is indexed as the user name it stands for. */
export function userKeys(user: UserInfo): string[] {
  return [`User:${user.username}`, ...user.groups.map((group) => `Group:${group}`)];
}

/** The key a subject is indexed under, or undefined when it can never match anyone. */
export function subjectKey(subject: Subject, bindingNamespace: string): string | undefined {
  switch (subject.kind) {
    case "User":
      return `User:${subject.name ?? ""}`;
    case "Group":
      return `Group:${subject.name ?? ""}`;
    case "ServiceAccount": {
      const namespace = subject.namespace || bindingNamespace;
      return namespace ? `User:system:serviceaccount:${namespace}:${subject.name ?? ""}` : undefined;
    }
    default:
      return undefined;
  }
}

export interface RbacObjects {
  roles: readonly RoleObject[];
  clusterRoles: readonly RoleObject[];
  roleBindings: readonly BindingObject[];
  clusterRoleBindings: readonly BindingObject[];
}

export class ListedRbacSource implements RbacSource {
  private readonly objects: RbacObjects;

  constructor(objects: RbacObjects) {
    this.objects = objects;
  }

  clusterRoleBindingsFor(user: UserInfo): Iterable<BindingObject> {
    return this.objects.clusterRoleBindings.filter((binding) => (binding.subjects ?? []).some((subject) => appliesToUser(user, subject, "")));
  }

  roleBindingsFor(user: UserInfo, namespace: string): Iterable<BindingObject> {
    return this.objects.roleBindings.filter(
      (binding) => binding.metadata?.namespace === namespace && (binding.subjects ?? []).some((subject) => appliesToUser(user, subject, namespace)),
    );
  }

  role(namespace: string, name: string): RoleObject | undefined {
    return this.objects.roles.find((role) => role.metadata?.namespace === namespace && role.metadata?.name === name);
  }

  clusterRole(name: string): RoleObject | undefined {
    return this.objects.clusterRoles.find((role) => role.metadata?.name === name);
  }
}
