// GET on /apis/metrics.k8s.io/v1beta1/[namespaces/<ns>/](pods|nodes)[/<name>]: what kubectl top
// reads, passed to the API's get/list on pods.metrics.k8s.io / nodes.metrics.k8s.io as the caller.
import { MethodNotAllowedError } from "../../../runtime/api-errors.ts";
import type { MetricsKind } from "../../../runtime/resource-metrics/metrics-kinds.ts";
import { PathNotFoundError } from "../errors.ts";
import { sendJson, type HttpResponse } from "../http-io.ts";
import type { ResourceRequest } from "../request-info.ts";
import type { FrontEndDeps } from "./handler-context.ts";

export async function handleMetricsRead(deps: FrontEndDeps, res: HttpResponse, request: ResourceRequest, kind: MetricsKind, labelSelector?: string): Promise<void> {
  if (request.subresource) throw new PathNotFoundError();
  if (!kind.namespaced && request.namespace) throw new PathNotFoundError();
  const resource = `${kind.plural}.${kind.group}`;
  if (request.verb === "get") {
    sendJson(res, 200, await deps.api.get(resource, request.name, { namespace: request.namespace || undefined }));
    return;
  }
  if (request.verb === "list") {
    sendJson(res, 200, await deps.api.list(resource, { namespace: request.namespace || undefined, labelSelector }));
    return;
  }
  throw new MethodNotAllowedError(`${resource} supports get and list only`);
}
