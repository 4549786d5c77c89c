// GET /apis/custom.metrics.k8s.io/v1beta2/namespaces/<ns>/<resource>/<name or *>/<metric>
// (labelSelector, metricSelector): what the HPA and `kubectl get --raw` read from a custom metrics
// adapter, passed to the API's customMetrics verb as the caller (so RBAC applies).
import { MethodNotAllowedError } from "../../../runtime/api-errors.ts";
import { PathNotFoundError } from "../errors.ts";
import { sendJson, type HttpResponse } from "../http-io.ts";
import type { ResourceRequest } from "../request-info.ts";
import type { FrontEndDeps } from "./handler-context.ts";

export async function handleCustomMetricsRead(deps: FrontEndDeps, res: HttpResponse, request: ResourceRequest, query: URLSearchParams): Promise<void> {
  if (!request.namespace || !request.name || !request.subresource) throw new PathNotFoundError();
  if (request.verb !== "get") throw new MethodNotAllowedError("custom.metrics.k8s.io supports get only");
  sendJson(res, 200, await deps.api.customMetrics({
    namespace: request.namespace,
    resource: request.resource,
    // "*" arrives escaped (%2A) from clients that quote it.
    name: decodeURIComponent(request.name),
    metric: request.subresource,
    labelSelector: query.get("labelSelector") ?? undefined,
    metricSelector: query.get("metricSelector") ?? undefined,
  }));
}
