// The scale subresource (autoscaling/v1 Scale) of Deployments, ReplicaSets and StatefulSets:
// a patch of the Scale view changes only spec.replicas of the object.
import { InvalidError } from "../../../runtime/api-errors.ts";
import { fieldError, FieldErrorTypes } from "../../../runtime/codec/field-error.ts";
import type { ResourceInfo } from "../../../runtime/codec/resources.ts";
import { selectorString } from "../../../runtime/selectors/selector-string.ts";
import { isJsonObject, type JsonObject } from "../patch/json-value.ts";

const SCALABLE = new Set(["Deployment", "ReplicaSet", "StatefulSet"]);

export function scaleOf(info: ResourceInfo): boolean {
  return SCALABLE.has(info.kind);
}

function object(value: unknown): JsonObject {
  return isJsonObject(value) ? value : {};
}

export function toScale(json: JsonObject): JsonObject {
  const meta = object(json.metadata);
  const spec = object(json.spec);
  const status = object(json.status);
  return {
    apiVersion: "autoscaling/v1",
    kind: "Scale",
    metadata: { name: meta.name ?? "", namespace: meta.namespace ?? "", uid: meta.uid ?? "", resourceVersion: meta.resourceVersion ?? "", creationTimestamp: meta.creationTimestamp ?? "" },
    spec: { replicas: spec.replicas ?? 0 },
    status: { replicas: status.replicas ?? 0, selector: selectorString(object(spec.selector)) },
  };
}

/** The object with the replicas of its Scale after `change`. */
export function patchScale(info: ResourceInfo, json: JsonObject, change: (scale: JsonObject) => JsonObject): JsonObject {
  const scale = change(toScale(json));
  const replicas = object(scale.spec).replicas;
  if (typeof replicas !== "number" || !Number.isInteger(replicas) || replicas < 0) {
    throw new InvalidError("Scale", String(object(json.metadata).name ?? ""), [fieldError(FieldErrorTypes.invalid, "spec.replicas", `must be a whole number >= 0, not ${JSON.stringify(replicas)}`)]);
  }
  const resourceVersion = object(scale.metadata).resourceVersion;
  return { ...json, metadata: { ...object(json.metadata), resourceVersion: resourceVersion ?? "" }, spec: { ...object(json.spec), replicas } };
}
