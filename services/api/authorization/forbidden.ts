// A denied request as kube-apiserver answers it (responsewriters.Forbidden): 403, reason
// Forbidden, and the message `pods is forbidden: User "alice" cannot list resource "pods" in API
// group "" in the namespace "b"`, followed by ": <reason>" when the authorizers gave one.
import { ForbiddenError } from "../../../runtime/api-errors.ts";
import type { AuthorizationAttributes } from "./authorizer.ts";

export function forbiddenMessage(attributes: AuthorizationAttributes): string {
  const user = attributes.user.username;
  if (attributes.kind === "nonResource") return `User ${JSON.stringify(user)} cannot ${attributes.verb} path ${JSON.stringify(attributes.path)}`;
  const resource = attributes.subresource ? `${attributes.resource}/${attributes.subresource}` : attributes.resource;
  const what = `User ${JSON.stringify(user)} cannot ${attributes.verb} resource ${JSON.stringify(resource)} in API group ${JSON.stringify(attributes.apiGroup)}`;
  return attributes.namespace ? `${what} in the namespace ${JSON.stringify(attributes.namespace)}` : `${what} at the cluster scope`;
}

export function forbiddenError(attributes: AuthorizationAttributes, reason = ""): ForbiddenError {
  const why = reason ? `${forbiddenMessage(attributes)}: ${reason}` : forbiddenMessage(attributes);
  if (attributes.kind === "nonResource") return new ForbiddenError("", "", why, {});
  const qualified = attributes.apiGroup ? `${attributes.resource}.${attributes.apiGroup}` : attributes.resource;
  return new ForbiddenError(qualified, attributes.name, why, { group: attributes.apiGroup, kind: attributes.resource, ...(attributes.name ? { name: attributes.name } : {}) });
}
