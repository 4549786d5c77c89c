// Authorizers in order (kube-apiserver's --authorization-mode=Node,RBAC): the first that allows
// or denies decides; when none has an opinion the request is forbidden, with their reasons.
import type { AuthorizationAttributes, Authorizer, Decision } from "./authorizer.ts";

/** Told of every decision: which authorizer made it ("" when none had an opinion), and how long the chain took. */
export type DecisionObserver = (attributes: AuthorizationAttributes, decision: Decision, authorizer: string, seconds: number) => void;

export class AuthorizerChain implements Authorizer {
  readonly name = "Chain";
  readonly authorizers: readonly Authorizer[];
  readonly #observe: DecisionObserver | undefined;

  constructor(authorizers: readonly Authorizer[], observe?: DecisionObserver) {
    this.authorizers = authorizers;
    this.#observe = observe;
  }

  async authorize(attributes: AuthorizationAttributes): Promise<Decision> {
    const started = performance.now();
    const reasons: string[] = [];
    for (const authorizer of this.authorizers) {
      const decision = await authorizer.authorize(attributes);
      if (decision.decision !== "noOpinion") {
        this.#observe?.(attributes, decision, authorizer.name, (performance.now() - started) / 1000);
        return decision;
      }
      if (decision.reason) reasons.push(decision.reason);
    }
    const decision: Decision = { decision: "noOpinion", reason: reasons.join("; ") };
    this.#observe?.(attributes, decision, "", (performance.now() - started) / 1000);
    return decision;
  }
}
