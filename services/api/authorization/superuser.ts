// Members of system:masters may do anything, whatever RBAC holds (kube-apiserver's privileged
// group authorizer, placed first in its chain), so a broken RBAC policy cannot lock the
// administrator out.
import { SYSTEM_MASTERS } from "../../../runtime/auth/user-info.ts";
import type { UserInfo } from "../../../runtime/auth/user-info.ts";
import type { AuthorizationAttributes, Authorizer, Decision } from "./authorizer.ts";
import type { RuleResolver, RulesResult } from "./rule-resolver.ts";

export class SuperuserAuthorizer implements Authorizer, RuleResolver {
  readonly name = "Superuser";

  rulesFor(user: UserInfo): RulesResult {
    if (!user.groups.includes(SYSTEM_MASTERS)) return { rules: [], incomplete: false, errors: [] };
    return { rules: [{ verbs: ["*"], apiGroups: ["*"], resources: ["*"] }, { verbs: ["*"], nonResourceURLs: ["*"] }], incomplete: false, errors: [] };
  }

  authorize(attributes: AuthorizationAttributes): Decision {
    return attributes.user.groups.includes(SYSTEM_MASTERS) ? { decision: "allow", reason: `member of ${SYSTEM_MASTERS}` } : { decision: "noOpinion" };
  }
}
