// The one place a request's attributes meet the authorizer: allowed, or a 403 in Kubernetes' words.
import type { AuthorizationAttributes, Authorizer } from "./authorizer.ts";
import { forbiddenError } from "./forbidden.ts";

export async function authorizeOrForbid(authorizer: Authorizer, attributes: AuthorizationAttributes): Promise<void> {
  const decision = await authorizer.authorize(attributes);
  if (decision.decision !== "allow") throw forbiddenError(attributes, decision.reason ?? "");
}
