// The plural resource a request names, read from its envelope without decoding the object, for
// FlowSchemas that match on resources (a kubelet's nodes and leases). Never throws: a request
// that does not decode is classified by its user alone, and dispatch reports what is wrong.
import { decodeMessage } from "../../../runtime/codec/protobuf.ts";
import { findResource, findResourceByKind } from "../../../runtime/codec/resources.ts";
import type { ApiVerb } from "../../../runtime/subjects.ts";
import type { WireFormat } from "../wire.ts";

const OBJECT_REQUESTS: Partial<Record<ApiVerb, string>> = { create: "CreateRequest", apply: "ApplyRequest", update: "UpdateRequest", updateStatus: "UpdateRequest" };
const KEY_REQUESTS: Partial<Record<ApiVerb, string>> = { get: "GetRequest", delete: "DeleteRequest", patch: "PatchRequest", getScale: "GetRequest", updateScale: "UpdateScaleRequest" };
const RESOURCE_REQUESTS: Partial<Record<ApiVerb, string>> = { list: "ListRequest", watch: "WatchRequest" };

interface Envelope {
  object?: { apiVersion?: string; kind?: string } | null;
  key?: { resource?: string } | null;
  resource?: string;
}

function envelope(typeName: string, payload: Uint8Array, format: WireFormat): Envelope {
  if (format === "protobuf") return decodeMessage<Envelope>(typeName, payload);
  return JSON.parse(new TextDecoder().decode(payload)) as Envelope;
}

export function requestResource(verb: ApiVerb, payload: Uint8Array, format: WireFormat): string {
  if (verb === "bind" || verb === "evict" || verb === "podLogs") return "pods";
  if (verb === "discovery") return "";
  try {
    const objectType = OBJECT_REQUESTS[verb];
    if (objectType) {
      const object = envelope(objectType, payload, format).object;
      return findResourceByKind(object?.apiVersion ?? "", object?.kind ?? "")?.plural ?? "";
    }
    const typeName = KEY_REQUESTS[verb] ?? RESOURCE_REQUESTS[verb];
    if (!typeName) return "";
    const decoded = envelope(typeName, payload, format);
    const named = KEY_REQUESTS[verb] ? decoded.key?.resource : decoded.resource;
    return named ? (findResource(named)?.plural ?? "") : "";
  } catch {
    return "";
  }
}
