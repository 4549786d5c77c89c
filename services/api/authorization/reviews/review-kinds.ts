// Which review a request carries, and what answering reviews needs beyond the authorizer.
import { BadRequestError } from "../../../../runtime/api-errors.ts";
import type { UserInfo } from "../../../../runtime/auth/user-info.ts";
import { findReviewKind, type ReviewKind } from "../../../../runtime/codec/review-kinds.ts";
import type { RulesResult } from "../rule-resolver.ts";

export type { ReviewKind };

export function reviewKindOf(object: { apiVersion?: string; kind?: string }): ReviewKind {
  const found = findReviewKind(object.apiVersion, object.kind);
  if (!found) throw new BadRequestError(`no review kind "${object.kind ?? ""}" is registered for version "${object.apiVersion ?? ""}"`);
  return found;
}

export interface ReviewDeps {
  rulesFor(user: UserInfo, namespace: string): Promise<RulesResult>;
}
