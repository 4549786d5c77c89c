// What an audit policy decides on and an audit event names, from the API verb and what dispatch
// decoded: Kubernetes' verb, the objectRef and a requestURI as kube-apiserver would have been
// asked. (When the API's authorizer attributes (ResourceAttributes) are recorded per request,
// this is the one place to take them from instead.)
import type { ResourceInfo } from "../../../runtime/codec/resources.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import type { ApiVerb } from "../../../runtime/subjects.ts";
import type { AuditAttributes, ObjectReference } from "./types.ts";

/** What dispatch learned about a request as it decoded and ran it. */
export interface DecodedRequest {
  info?: ResourceInfo;
  namespace?: string;
  name?: string;
  subresource?: string;
  /** The object sent (create, update, apply): the audit event's requestObject. */
  object?: ApiObject;
  /** The patch sent (patch): the audit event's requestObject. */
  patch?: unknown;
  /** The object replied (every single-object verb). */
  result?: ApiObject;
}

/** Kubernetes' verb and subresource for each API verb (apply is a server-side-apply patch). */
const KUBERNETES_VERBS: Record<ApiVerb, { verb: string; subresource?: string }> = {
  create: { verb: "create" },
  apply: { verb: "patch" },
  get: { verb: "get" },
  list: { verb: "list" },
  update: { verb: "update" },
  updateStatus: { verb: "update", subresource: "status" },
  delete: { verb: "delete" },
  watch: { verb: "watch" },
  discovery: { verb: "get" },
  bind: { verb: "create", subresource: "binding" },
  patch: { verb: "patch" },
  evict: { verb: "create", subresource: "eviction" },
  // The TokenRequest's reply is a credential: dispatch never records it as the result.
  createToken: { verb: "create", subresource: "token" },
  // Access reviews: answered, never stored (services/api/authorization/reviews).
  review: { verb: "create" },
  // Log lines of the logs stream: never recorded as the result.
  podLogs: { verb: "get", subresource: "log" },
  // The scale subresource (autoscaling/v1 Scale) of Deployments, ReplicaSets and StatefulSets.
  getScale: { verb: "get", subresource: "scale" },
  updateScale: { verb: "update", subresource: "scale" },
  // custom.metrics.k8s.io MetricValueLists (the metric is the subresource).
  customMetrics: { verb: "get" },
};

export interface RequestSubject {
  attributes: AuditAttributes;
  objectRef?: ObjectReference;
  requestURI: string;
}

function collectionPath(info: ResourceInfo, namespace: string): string {
  const base = info.group ? `/apis/${info.apiVersion}` : `/api/${info.apiVersion}`;
  return `${base}${info.namespaced && namespace ? `/namespaces/${namespace}` : ""}/${info.plural}`;
}

export function requestSubject(verb: ApiVerb, user: { username: string; groups: string[] }, decoded: DecodedRequest): RequestSubject {
  const mapped = KUBERNETES_VERBS[verb];
  const { info } = decoded;
  if (!info) {
    // Discovery, or a request that failed before naming a resource.
    const path = verb === "discovery" ? "/api" : "";
    const attributes: AuditAttributes = {
      user, verb: mapped.verb, resourceRequest: verb !== "discovery", apiGroup: "", apiVersion: "", resource: "", subresource: "", namespace: "", name: "", path,
    };
    return { attributes, requestURI: path };
  }
  const meta = decoded.result?.metadata ?? decoded.object?.metadata;
  const namespace = info.namespaced ? decoded.namespace || meta?.namespace || "" : "";
  const name = decoded.name || meta?.name || "";
  const subresource = mapped.subresource ?? decoded.subresource ?? "";
  const attributes: AuditAttributes = {
    user, verb: mapped.verb, resourceRequest: true, apiGroup: info.group, apiVersion: info.apiVersion.includes("/") ? info.apiVersion.slice(info.apiVersion.indexOf("/") + 1) : info.apiVersion,
    resource: info.plural, subresource, namespace, name, path: "",
  };
  const objectRef: ObjectReference = { resource: info.plural };
  if (namespace) objectRef.namespace = namespace;
  if (name) objectRef.name = name;
  if (decoded.result?.metadata?.uid) objectRef.uid = decoded.result.metadata.uid;
  if (info.group) objectRef.apiGroup = info.group;
  objectRef.apiVersion = attributes.apiVersion;
  if (decoded.result?.metadata?.resourceVersion) objectRef.resourceVersion = decoded.result.metadata.resourceVersion;
  if (subresource) objectRef.subresource = subresource;
  // A create is posted to the collection; everything else names the object (when it has a name).
  const collection = collectionPath(info, namespace);
  const named = mapped.verb === "create" && !mapped.subresource ? collection : name ? `${collection}/${name}` : collection;
  const requestURI = `${named}${subresource ? `/${subresource}` : ""}${verb === "watch" ? "?watch=true" : ""}`;
  return { attributes, objectRef, requestURI };
}
