// The API's authorizer, built in one place, as kube-apiserver's --authorization-mode=Node,RBAC:
// system:masters first (always allowed), the Node authorizer (kubelets), the authorizers the
// caller puts `before` RBAC, then RBAC.
import type { UserInfo } from "../../../runtime/auth/user-info.ts";
import type { Logger } from "../../../runtime/log.ts";
import type { ApiContext } from "../api-context.ts";
import type { Authorizer } from "./authorizer.ts";
import { AuthorizerChain, type DecisionObserver } from "./authorizer-chain.ts";
import { RbacAuthorizer } from "./rbac/rbac-authorizer.ts";
import { RbacIndex } from "./rbac/rbac-index.ts";
import { NodeAuthorizer } from "./node/node-authorizer.ts";
import { isRuleResolver, type RulesResult } from "./rule-resolver.ts";
import { SuperuserAuthorizer } from "./superuser.ts";

export interface BuildAuthorizerOptions {
  /** Authorizers consulted after the superuser check and before RBAC, in order. */
  before?: readonly Authorizer[];
  logger?: Logger;
  /** Metrics and logs of each decision. */
  observe?: DecisionObserver;
}

export interface ApiAuthorization {
  /** The whole chain: what every request is checked against. */
  authorizer: AuthorizerChain;
  /** RBAC itself, for the rules review. */
  rbac: RbacAuthorizer;
  /** The RBAC index, for the aggregation of cluster roles and tests. */
  index: RbacIndex;
  /** Every rule the chain's authorizers can enumerate for the user (SelfSubjectRulesReview). */
  rulesFor(user: UserInfo, namespace: string): Promise<RulesResult>;
  /** Resolves once RBAC's and the Node authorizer's informers hold the current state. */
  start(): Promise<void>;
  stop(): void;
}

export function buildAuthorizer(ctx: ApiContext, options: BuildAuthorizerOptions = {}): ApiAuthorization {
  const index = new RbacIndex(ctx.repo, options.logger);
  const rbac = new RbacAuthorizer(index, ctx.repo);
  const node = new NodeAuthorizer(ctx.repo, { logger: options.logger });
  const authorizer = new AuthorizerChain([new SuperuserAuthorizer(), node, ...(options.before ?? []), rbac], options.observe);
  const rulesFor = async (user: UserInfo, namespace: string): Promise<RulesResult> => {
    const result: RulesResult = { rules: [], incomplete: false, errors: [] };
    for (const each of authorizer.authorizers) {
      if (!isRuleResolver(each)) continue;
      const part = await each.rulesFor(user, namespace);
      result.rules.push(...part.rules);
      result.errors.push(...part.errors);
      result.incomplete ||= part.incomplete;
    }
    return result;
  };
  return {
    authorizer, rbac, index, rulesFor,
    start: async () => {
      await Promise.all([index.start(), node.start()]);
    },
    stop: () => {
      node.stop();
      index.stop();
    },
  };
}
