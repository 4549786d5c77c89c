// The RBAC authorizer (kube-apiserver's --authorization-mode=RBAC): allows what a rule bound to
// the user allows, otherwise has no opinion (RBAC never denies). It answers from the informer
// index; before saying "no opinion" it checks again against a consistent list of the RBAC
// objects, so a binding created a moment ago (its watch event still in flight) already counts.
import type { UserInfo } from "../../../../runtime/auth/user-info.ts";
import type { ObjectRepository } from "../../../../runtime/store/object-repository.ts";
import type { AuthorizationAttributes, Authorizer, Decision } from "../authorizer.ts";
import type { RuleResolver, RulesResult } from "../rule-resolver.ts";
import { CLUSTER_ROLE_BINDINGS, CLUSTER_ROLES, ROLE_BINDINGS, ROLES, type RbacIndex } from "./rbac-index.ts";
import { ListedRbacSource, type RbacSource } from "./rbac-source.ts";
import { rbacDecision, rulesFor } from "./rules-for.ts";
import type { BindingObject, RoleObject } from "./types.ts";

export class RbacAuthorizer implements Authorizer, RuleResolver {
  readonly name = "RBAC";
  private readonly index: RbacIndex;
  private readonly repo: ObjectRepository;

  constructor(index: RbacIndex, repo: ObjectRepository) {
    this.index = index;
    this.repo = repo;
  }

  async authorize(attributes: AuthorizationAttributes): Promise<Decision> {
    const fast = rbacDecision(this.index, attributes);
    if (fast.decision !== "noOpinion") return fast;
    return rbacDecision(await this.consistentSource(), attributes);
  }

  /** The rules that apply to the user in `namespace` (SelfSubjectRulesReview), from a consistent read. */
  async rulesFor(user: UserInfo, namespace: string): Promise<RulesResult> {
    const { rules, errors } = rulesFor(await this.consistentSource(), user, namespace);
    return { rules, errors, incomplete: errors.length > 0 };
  }

  private async consistentSource(): Promise<RbacSource> {
    const [roles, clusterRoles, roleBindings, clusterRoleBindings] = await Promise.all(
      [ROLES, CLUSTER_ROLES, ROLE_BINDINGS, CLUSTER_ROLE_BINDINGS].map(async (info) => (await this.repo.list(info)).items.map((item) => item.object)),
    );
    return new ListedRbacSource({
      roles: roles as RoleObject[],
      clusterRoles: clusterRoles as RoleObject[],
      roleBindings: roleBindings as BindingObject[],
      clusterRoleBindings: clusterRoleBindings as BindingObject[],
    });
  }
}
