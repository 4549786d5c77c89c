// Schemas of the types with no protobuf message of their own (times, quantities, int-or-string,
// the request and event envelopes of the REST API), typed as Kubernetes types them.
import type { Schema } from "./schemas.ts";
import {
  DELETE_OPTIONS, INT_OR_STRING, META, MICRO_TIME, PATCH, propertyRef, QUANTITY, RAW_EXTENSION, SCALE, TIME, WATCH_EVENT,
  type OpenApiVersion,
} from "./schema-names.ts";

/** Descriptions of the fields every kind has, when its proto field carries no comment. */
export const KIND_FIELD_DESCRIPTIONS: Record<string, string> = {
  apiVersion:
    "The versioned schema this object is written in (v1, apps/v1, ...). The server rejects versions it does not serve.",
  kind:
    "The type of the object, in CamelCase (Pod, Deployment, ...). The server can infer it from the URL a request goes to. Cannot be changed.",
  metadata: "The object's name, namespace, labels, annotations and the versions the server keeps.",
  spec: "The desired state of the object, as its owner writes it.",
  status: "The state of the object as the cluster last observed it. Written by the system; read-only for clients.",
};

export function fixedSchemas(version: OpenApiVersion): Record<string, Schema> {
  return {
    [TIME]: {
      description: "Time is a timestamp in RFC 3339 form (2006-01-02T15:04:05Z), serialized with second precision.",
      type: "string",
      format: "date-time",
    },
    [MICRO_TIME]: {
      description: "MicroTime is a timestamp in RFC 3339 form with microsecond precision.",
      type: "string",
      format: "date-time",
    },
    // v2 has no oneOf: there both are strings, as in Kubernetes' v2 document.
    [QUANTITY]: {
      description:
        "Quantity is a fixed-point representation of a number: a decimal with an optional SI (m, k, M, G, ...) or binary (Ki, Mi, Gi, ...) suffix, such as 500m, 2 or 128Mi.",
      ...(version === "v3" ? { oneOf: [{ type: "string" }, { type: "number" }] } : { type: "string" }),
    },
    [INT_OR_STRING]: {
      description: "IntOrString is a type that can hold an int32 or a string, such as a port number or name, or a percentage.",
      ...(version === "v3" ? { oneOf: [{ type: "integer" }, { type: "string" }] } : { type: "string" }),
      format: "int-or-string",
      "x-kubernetes-int-or-string": true,
    },
    [RAW_EXTENSION]: {
      description: "RawExtension holds a complete object of any kind, with its own apiVersion and kind.",
      type: "object",
    },
    [PATCH]: {
      description: "The body of a PATCH request, in the form its content type names (JSON patch, merge patch, strategic merge patch, apply).",
      type: "object",
    },
    [WATCH_EVENT]: {
      description: "One change seen by a watch.",
      type: "object",
      required: ["type", "object"],
      properties: {
        type: { type: "string", description: "ADDED, MODIFIED, DELETED, BOOKMARK or ERROR." },
        object: propertyRef(version, RAW_EXTENSION, "The object: the new state for ADDED and MODIFIED, the last state for DELETED, a Status for ERROR."),
      },
      "x-kubernetes-group-version-kind": [{ group: "", kind: "WatchEvent", version: "v1" }],
    },
    [DELETE_OPTIONS]: {
      description: "Options of a delete request.",
      type: "object",
      properties: {
        apiVersion: { type: "string", description: KIND_FIELD_DESCRIPTIONS.apiVersion },
        kind: { type: "string", description: KIND_FIELD_DESCRIPTIONS.kind },
        dryRun: { type: "array", items: { type: "string" }, description: "When present, the deletion is validated but not persisted. The only valid value is All.", "x-kubernetes-list-type": "atomic" },
        gracePeriodSeconds: { type: "integer", format: "int64", description: "The duration in seconds before the object should be deleted. Zero means delete immediately." },
        preconditions: propertyRef(version, `${META}.Preconditions`, "Conditions the object must meet (uid, resourceVersion) for the delete to go ahead."),
        propagationPolicy: { type: "string", description: "Whether and how garbage collection will be performed: Orphan, Background or Foreground." },
      },
      "x-kubernetes-group-version-kind": [{ group: "", kind: "DeleteOptions", version: "v1" }],
    },
    [SCALE]: {
      description: "The replica count of a scalable object, read and written through its scale subresource.",
      type: "object",
      properties: {
        apiVersion: { type: "string", description: KIND_FIELD_DESCRIPTIONS.apiVersion },
        kind: { type: "string", description: KIND_FIELD_DESCRIPTIONS.kind },
        metadata: propertyRef(version, `${META}.ObjectMeta`, KIND_FIELD_DESCRIPTIONS.metadata),
        spec: { type: "object", description: "Defines the behavior of the scale.", properties: { replicas: { type: "integer", format: "int32", description: "Desired number of instances for the scaled object." } } },
        status: {
          type: "object",
          description: "Current status of the scale. Read-only.",
          properties: {
            replicas: { type: "integer", format: "int32", description: "Actual number of observed instances of the scaled object." },
            selector: { type: "string", description: "Label query over pods that should match the replicas count, in the label selector string form." },
          },
        },
      },
      "x-kubernetes-group-version-kind": [{ group: "autoscaling", kind: "Scale", version: "v1" }],
    },
  };
}
