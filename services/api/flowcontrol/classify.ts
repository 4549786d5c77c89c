// Which FlowSchema a request matches (the lowest matchingPrecedence whose subjects and resources
// match, name breaking ties) and so its priority level and flow. Pure.
import type { UserInfo } from "../../../runtime/auth/user-info.ts";
import type { Classification, FlowSchema, FlowSubject, RequestDigest } from "./types.ts";

function subjectMatches(subject: FlowSubject, user: UserInfo): boolean {
  if (subject.kind === "User") return subject.name === "*" || subject.name === user.username;
  return subject.name === "*" || user.groups.includes(subject.name);
}

/** Schemas in matching order. */
export function orderFlowSchemas(schemas: readonly FlowSchema[]): FlowSchema[] {
  return [...schemas].sort((a, b) => a.matchingPrecedence - b.matchingPrecedence || a.name.localeCompare(b.name));
}

/** `schemas` in matching order (orderFlowSchemas); undefined when none matches (no catch-all). */
export function classify(schemas: readonly FlowSchema[], request: RequestDigest): Classification | undefined {
  let resource: string | undefined;
  for (const schema of schemas) {
    if (!schema.subjects.some((subject) => subjectMatches(subject, request.user))) continue;
    if (schema.resources) {
      resource ??= request.resource();
      if (!schema.resources.includes(resource)) continue;
    }
    const flow = schema.distinguisher === "ByUser" ? `${schema.name}/${request.user.username}` : schema.name;
    return { flowSchema: schema.name, priorityLevel: schema.priorityLevel, flow };
  }
  return undefined;
}
