// The access reviews (authorization.k8s.io/v1: `kubectl auth can-i`, `can-i --list`) and
// SelfSubjectReview (authentication.k8s.io/v1: `kubectl auth whoami`): POST only, passed to the
// API's review verb as the caller, which answers with the authorizer chain and stores nothing.
import type { KubeObject } from "../../../runtime/api-client/types.ts";
import { MethodNotAllowedError } from "../../../runtime/api-errors.ts";
import type { ReviewKind } from "../../../runtime/codec/review-kinds.ts";
import { decodeObjectBody } from "../body-decode.ts";
import { readBody, sendJson, type HttpRequest, type HttpResponse } from "../http-io.ts";
import type { ResourceRequest } from "../request-info.ts";
import type { FrontEndDeps } from "./handler-context.ts";

export async function handleReview(deps: FrontEndDeps, req: HttpRequest, res: HttpResponse, request: ResourceRequest, kind: ReviewKind): Promise<void> {
  if (req.method !== "POST") throw new MethodNotAllowedError(`${kind.plural} only support create (POST)`);
  const body = await readBody(req, deps.maxBodyBytes);
  const review = (body.length > 0 ? decodeObjectBody(req.headers["content-type"], body, deps.decodeProtobuf) : {}) as KubeObject;
  // The path names the kind (kubectl's whoami may send an empty body) and, for a local review, the namespace.
  const object: KubeObject = { ...review, apiVersion: kind.apiVersion, kind: kind.kind };
  if (kind.namespaced) object.metadata = { ...review.metadata, namespace: request.namespace };
  sendJson(res, 201, await deps.api.review(object));
}
