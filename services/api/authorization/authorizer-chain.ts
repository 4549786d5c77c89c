// Authorizers in order (kube-apiserver's --authorization-mode=Node,RBAC): the first that allows
// or denies decides; when none has an opinion the request is forbidden, with their reasons.
import type { AuthorizationAttributes, Authorizer, Decision } from "./authorizer.ts";

export class AuthorizerChain implements Authorizer {
  readonly name = "Chain";
  readonly authorizers: readonly Authorizer[];

  constructor(authorizers: readonly Authorizer[]) {
    this.authorizers = authorizers;
  }

  async authorize(attributes: AuthorizationAttributes): Promise<Decision> {
    const reasons: string[] = [];
    for (const authorizer of this.authorizers) {
      const decision = await authorizer.authorize(attributes);
      if (decision.decision !== "noOpinion") return decision;
      if (decision.reason) reasons.push(decision.reason);
    }
    return { decision: "noOpinion", reason: reasons.join("; ") };
  }
}
