// Whether a binding's subject names a user (rbac.go appliesToUser): a User by name, a Group the
// user is in, or a ServiceAccount by namespace and name, its namespace defaulting to the
// RoleBinding's own. Groups such as system:serviceaccounts:<ns> are ordinary Group subjects:
// the authenticator puts them on every ServiceAccount user.
import type { UserInfo } from "../../../../runtime/auth/user-info.ts";
import { SERVICEACCOUNT_USER_PREFIX } from "../../../../runtime/auth/user-info.ts";
import type { Subject } from "./types.ts";

export function appliesToUser(user: UserInfo, subject: Subject, bindingNamespace: string): boolean {
  switch (subject.kind) {
    case "User":
      return user.username === subject.name;
    case "Group":
      return user.groups.includes(subject.name ?? "");
    case "ServiceAccount": {
      const namespace = subject.namespace || bindingNamespace;
      if (!namespace) return false;
      return user.username === `${SERVICEACCOUNT_USER_PREFIX}${namespace}:${subject.name ?? ""}`;
    }
    default:
      return false;
  }
}
