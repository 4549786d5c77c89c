// Kinds served in more than one version, stored in one (as Kubernetes stores each resource in
// one version and converts on the way in and out): HorizontalPodAutoscaler is stored as
// autoscaling/v2 and served as autoscaling/v1 too (runtime/autoscaling/hpa-v1.ts). A request
// asks for the other version by the object's apiVersion (writes) or by naming the resource
// `<plural>.<version>.<group>` (`horizontalpodautoscalers.v1.autoscaling`, `hpa.v1.autoscaling`,
// what kubectl resolves `hpa.v1.autoscaling` to), for reads and watches. JSON only.
import { hpaV1ToV2, hpaV2ToV1, type HpaV1, type HpaV2 } from "../autoscaling/hpa-v1.ts";
import { findResource, type ResourceInfo } from "./resources.ts";

type Json = Record<string, unknown>;

export interface VersionView {
  /** The version served: "autoscaling/v1". */
  apiVersion: string;
  version: string;
  group: string;
  kind: string;
  /** The stored kind's resource. */
  info: ResourceInfo;
  toStored(object: Json): Json;
  fromStored(object: Json): Json;
}

const HPA = findResource("horizontalpodautoscalers") as ResourceInfo;

export const VERSION_VIEWS: readonly VersionView[] = [
  {
    apiVersion: "autoscaling/v1", version: "v1", group: "autoscaling", kind: "HorizontalPodAutoscaler", info: HPA,
    toStored: (object) => hpaV1ToV2(object as unknown as HpaV1) as unknown as Json,
    fromStored: (object) => hpaV2ToV1(object as unknown as HpaV2) as unknown as Json,
  },
];

/** The view an object's apiVersion and kind name (a write in a served, not stored, version). */
export function viewOfApiVersion(apiVersion: string | undefined, kind: string | undefined): VersionView | undefined {
  return VERSION_VIEWS.find((view) => view.apiVersion === apiVersion && view.kind === kind);
}

/**
 * A resource name with its version: `horizontalpodautoscalers.v1.autoscaling` is the stored kind
 * seen as v1; `hpa.v2.autoscaling` the stored version itself (no view). Undefined info: not a
 * versioned name of a served kind.
 */
export function resolveVersionedName(name: string): { info: ResourceInfo; view?: VersionView } | undefined {
  const parts = name.toLowerCase().split(".");
  if (parts.length < 3) return undefined;
  const [resource, version, ...groupParts] = parts;
  const group = groupParts.join(".");
  const info = findResource(`${resource}.${group}`);
  if (!info || info.group !== group) return undefined;
  if (info.apiVersion === `${group}/${version}`) return { info };
  const view = VERSION_VIEWS.find((candidate) => candidate.info === info && candidate.version === version);
  return view ? { info, view } : undefined;
}

/** The name a client sends to read `info` in `apiVersion`: the plural, or `<plural>.<version>.<group>` for a view. */
export function resourceNameFor(info: ResourceInfo, apiVersion: string): string {
  const view = VERSION_VIEWS.find((candidate) => candidate.info === info && candidate.apiVersion === apiVersion);
  return view ? `${info.plural}.${view.version}.${view.group}` : info.plural;
}
