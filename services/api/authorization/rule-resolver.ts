// What an authorizer can say about everything a user may do in a namespace (Kubernetes'
// authorizer.RuleResolver), for SelfSubjectRulesReview. An authorizer that cannot enumerate its
// grants for a user says `incomplete` (the Node authorizer for kubelets).
import type { UserInfo } from "../../../runtime/auth/user-info.ts";
import type { PolicyRule } from "./rbac/types.ts";

export interface RulesResult {
  rules: PolicyRule[];
  incomplete: boolean;
  errors: string[];
}

export interface RuleResolver {
  rulesFor(user: UserInfo, namespace: string): RulesResult | Promise<RulesResult>;
}

export function isRuleResolver(value: unknown): value is RuleResolver {
  return typeof (value as Partial<RuleResolver>)?.rulesFor === "function";
}
