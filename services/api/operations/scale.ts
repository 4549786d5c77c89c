// getScale and updateScale: the scale subresource of Deployments, ReplicaSets and StatefulSets
// (GET and PUT of .../<resource>/<name>/scale, an autoscaling/v1 Scale). An update writes only
// spec.replicas, through the same path as a merge patch of the Scale; its resourceVersion, when
// given, is a precondition (409 Conflict when the object moved on), as in Kubernetes.
import { NotFoundError } from "../../../runtime/api-errors.ts";
import { messageToJson } from "../../../runtime/codec/json-convert.ts";
import { qualifiedResourceName, type ResourceInfo } from "../../../runtime/codec/resources.ts";
import type { ApiContext } from "../api-context.ts";
import type { AdmissionFeedback } from "../admission/admission-feedback.ts";
import type { JsonObject } from "../patch/json-value.ts";
import { getObject } from "./get.ts";
import { patchObject } from "./patch.ts";
import { scaleOf, toScale } from "./patch-scale.ts";

export interface UpdateScaleRequest {
  namespace?: string;
  name: string;
  replicas: number;
  resourceVersion?: string;
  dryRun?: boolean;
  fieldManager?: string;
  feedback?: AdmissionFeedback;
}

function requireScalable(info: ResourceInfo, name: string): void {
  if (!scaleOf(info)) throw new NotFoundError(`${qualifiedResourceName(info)}/scale`, name);
}

export async function getScale(ctx: ApiContext, info: ResourceInfo, namespace: string | undefined, name: string): Promise<JsonObject> {
  requireScalable(info, name);
  const { object } = await getObject(ctx, info, namespace, name);
  return toScale(messageToJson(info.typeName, object) as JsonObject);
}

export async function updateScale(ctx: ApiContext, info: ResourceInfo, request: UpdateScaleRequest): Promise<JsonObject> {
  requireScalable(info, request.name);
  const patch: JsonObject = { spec: { replicas: request.replicas } };
  if (request.resourceVersion) patch.metadata = { resourceVersion: request.resourceVersion };
  const result = await patchObject(ctx, info, {
    namespace: request.namespace,
    name: request.name,
    patchType: "merge",
    patch,
    subresource: "scale",
    dryRun: request.dryRun ?? false,
    fieldManager: request.fieldManager,
    feedback: request.feedback,
  });
  return result.scale ?? toScale(messageToJson(info.typeName, result.object) as JsonObject);
}
