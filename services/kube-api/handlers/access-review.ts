// authorization.k8s.io/v1 SelfSubjectAccessReview (`kubectl auth can-i`). Until authentication
// and RBAC land (docs/security.md), every caller of the front end acts as the cluster admin, so
// the truthful answer is "allowed", and the review says why.
import type { KubeObject } from "../../../runtime/api-client/types.ts";
import { BadRequestError, MethodNotAllowedError } from "../../../runtime/api-errors.ts";
import { decodeObjectBody } from "../body-decode.ts";
import { readBody, sendJson, type HttpRequest, type HttpResponse } from "../http-io.ts";
import type { FrontEndDeps } from "./handler-context.ts";

export const ACCESS_REVIEW_GROUP_VERSION = "authorization.k8s.io/v1";
export const ACCESS_REVIEW_RESOURCE = "selfsubjectaccessreviews";

export async function handleSelfSubjectAccessReview(deps: FrontEndDeps, req: HttpRequest, res: HttpResponse, method: string): Promise<void> {
  if (method !== "POST") throw new MethodNotAllowedError(`${ACCESS_REVIEW_RESOURCE} only support create (POST)`);
  const review = decodeObjectBody(req.headers["content-type"], await readBody(req, deps.maxBodyBytes), deps.decodeProtobuf) as KubeObject & { spec?: { resourceAttributes?: object; nonResourceAttributes?: object } };
  if (!review.spec?.resourceAttributes && !review.spec?.nonResourceAttributes) {
    throw new BadRequestError("spec: Invalid value: exactly one of nonResourceAttributes or resourceAttributes must be specified");
  }
  sendJson(res, 201, {
    apiVersion: ACCESS_REVIEW_GROUP_VERSION,
    kind: "SelfSubjectAccessReview",
    metadata: { creationTimestamp: null },
    spec: review.spec,
    status: { allowed: true, reason: "no authorization is configured yet: every caller is the cluster admin" },
  });
}
