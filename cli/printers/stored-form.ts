// Tables and describe read an object in its stored version: an autoscaling/v1 HorizontalPodAutoscaler
// is printed from its v2 form (runtime/codec/version-views.ts), with the same columns.
import type { KubeObject } from "../../runtime/api-client.ts";
import { viewOfApiVersion } from "../../runtime/codec/version-views.ts";

export function storedForm(object: KubeObject): KubeObject {
  const view = viewOfApiVersion(object.apiVersion, object.kind);
  return view ? (view.toStored(object as unknown as Record<string, unknown>) as unknown as KubeObject) : object;
}
