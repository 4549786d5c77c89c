// The OpenAPI documents kubectl reads: /openapi/v3 (an index of group versions), one v3 document
// per group version, and the single /openapi/v2 document. Built once from the protobuf schema,
// then served as the same bytes, so the hash in the index is the hash of what is served.
import { createHash } from "node:crypto";
import { RESOURCES } from "../../../runtime/codec/resources.ts";
import { OBJECT_CONTENT_TYPES, resourcePaths, WATCH_CONTENT_TYPES, type Operation, type Parameter, type PathItem } from "./operations.ts";
import { groupVersionPath, groupVersionPaths, refTo } from "./schema-names.ts";
import { schemasFor } from "./schemas.ts";
import { encodeOpenApiV2 } from "./v2-protobuf.ts";

/** The Kubernetes version whose API shape the documents describe. */
const INFO = { title: "Kubernetes", version: "v1.32.0" } as const;

function pathsOf(groupVersion: string | undefined): PathItem[] {
  return RESOURCES.filter((info) => groupVersion === undefined || groupVersionPath(info) === groupVersion).flatMap(resourcePaths);
}

function referencedSchemas(paths: PathItem[]): Set<string> {
  const names = new Set<string>();
  for (const item of paths) {
    for (const operation of item.operations) {
      if (operation.body) names.add(operation.body.schema);
      for (const schema of Object.values(operation.responses)) names.add(schema);
    }
  }
  return names;
}

const RESPONSE_DESCRIPTIONS: Record<string, string> = { 200: "OK", 201: "Created", 202: "Accepted" };

function v3Parameter(parameter: Parameter): Record<string, unknown> {
  return {
    name: parameter.name,
    in: parameter.in,
    description: parameter.description,
    ...(parameter.required ? { required: true } : {}),
    schema: { type: parameter.type, uniqueItems: true },
  };
}

function v3Operation(operation: Operation, tag: string): Record<string, unknown> {
  const produces = operation.watch ? WATCH_CONTENT_TYPES : OBJECT_CONTENT_TYPES;
  const responses: Record<string, unknown> = {};
  for (const [code, schema] of Object.entries(operation.responses)) {
    responses[code] = {
      description: RESPONSE_DESCRIPTIONS[code] ?? "OK",
      content: Object.fromEntries(produces.map((type) => [type, { schema: { $ref: refTo("v3", schema) } }])),
    };
  }
  responses["401"] = { description: "Unauthorized" };
  return {
    tags: [tag],
    description: operation.description,
    operationId: operation.operationId,
    ...(operation.parameters.length > 0 ? { parameters: operation.parameters.map(v3Parameter) } : {}),
    ...(operation.body
      ? {
          requestBody: {
            content: Object.fromEntries(operation.body.contentTypes.map((type) => [type, { schema: { $ref: refTo("v3", operation.body!.schema) } }])),
            ...(operation.body.required ? { required: true } : {}),
          },
        }
      : {}),
    responses,
    "x-kubernetes-action": operation.action,
    "x-kubernetes-group-version-kind": operation.gvk,
  };
}

function tagOf(groupVersion: string): string {
  // core_v1, apps_v1, networking_v1 (the group's first label), as Kubernetes tags operations.
  const parts = groupVersion.split("/");
  return parts[0] === "api" ? `core_${parts[1]}` : `${parts[1]!.split(".")[0]}_${parts[2]}`;
}

function buildV3Document(groupVersion: string): Record<string, unknown> {
  const items = pathsOf(groupVersion);
  const paths: Record<string, unknown> = {};
  for (const item of items) {
    const entry: Record<string, unknown> = {};
    for (const operation of item.operations) entry[operation.method] = v3Operation(operation, tagOf(groupVersion));
    entry.parameters = item.parameters.map(v3Parameter);
    paths[item.path] = entry;
  }
  return {
    openapi: "3.0.0",
    info: INFO,
    paths,
    components: {
      schemas: schemasFor("v3", referencedSchemas(items)),
      securitySchemes: { BearerToken: { type: "apiKey", description: "Bearer Token authentication", name: "authorization", in: "header" } },
    },
  };
}

function v2Parameter(parameter: Parameter): Record<string, unknown> {
  return {
    uniqueItems: true,
    type: parameter.type,
    description: parameter.description,
    name: parameter.name,
    in: parameter.in,
    ...(parameter.required ? { required: true } : {}),
  };
}

function v2Operation(operation: Operation, tag: string): Record<string, unknown> {
  const responses: Record<string, unknown> = {};
  for (const [code, schema] of Object.entries(operation.responses)) {
    responses[code] = { description: RESPONSE_DESCRIPTIONS[code] ?? "OK", schema: { $ref: refTo("v2", schema) } };
  }
  responses["401"] = { description: "Unauthorized" };
  const parameters = operation.parameters.map(v2Parameter);
  if (operation.body) {
    parameters.unshift({ name: "body", in: "body", ...(operation.body.required ? { required: true } : {}), schema: { $ref: refTo("v2", operation.body.schema) } });
  }
  return {
    description: operation.description,
    consumes: operation.body ? [...operation.body.contentTypes] : ["*/*"],
    produces: [...(operation.watch ? WATCH_CONTENT_TYPES : OBJECT_CONTENT_TYPES)],
    schemes: ["https"],
    tags: [tag],
    operationId: operation.operationId,
    ...(parameters.length > 0 ? { parameters } : {}),
    responses,
    "x-kubernetes-action": operation.action,
    "x-kubernetes-group-version-kind": operation.gvk,
  };
}

function buildV2Document(): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  let all: PathItem[] = [];
  for (const groupVersion of groupVersionPaths()) {
    const items = pathsOf(groupVersion);
    all = all.concat(items);
    for (const item of items) {
      const entry: Record<string, unknown> = {};
      for (const operation of item.operations) entry[operation.method] = v2Operation(operation, tagOf(groupVersion));
      entry.parameters = item.parameters.map(v2Parameter);
      paths[item.path] = entry;
    }
  }
  return {
    swagger: "2.0",
    info: INFO,
    paths,
    definitions: schemasFor("v2", referencedSchemas(all)),
    securityDefinitions: { BearerToken: { type: "apiKey", description: "Bearer Token authentication", name: "authorization", in: "header" } },
    security: [{ BearerToken: [] }],
  };
}

/** A document with its serialized form and that form's hash, computed once. */
interface Served {
  document: Record<string, unknown>;
  json: string;
  hash: string;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

// Frozen: every caller shares one document, and the bytes served must stay the hashed ones.
function served(document: Record<string, unknown>): Served {
  const json = JSON.stringify(document);
  return { document: deepFreeze(document), json, hash: openApiHash(json) };
}

/** SHA-512 of the serialized document, upper-case hex, as the Kubernetes API server writes it. */
export function openApiHash(bytes: string | Uint8Array): string {
  return createHash("sha512").update(bytes).digest("hex").toUpperCase();
}

const v3Cache = new Map<string, Served>();
let v2Cache: Served | undefined;
let v2ProtobufCache: { bytes: Uint8Array; hash: string } | undefined;

function v3Served(groupVersion: string): Served | undefined {
  if (!groupVersionPaths().includes(groupVersion)) return undefined;
  let entry = v3Cache.get(groupVersion);
  if (!entry) {
    entry = served(buildV3Document(groupVersion));
    v3Cache.set(groupVersion, entry);
  }
  return entry;
}

function v2Served(): Served {
  v2Cache ??= served(buildV2Document());
  return v2Cache;
}

/** /openapi/v3: `{paths: {"api/v1": {serverRelativeURL: "/openapi/v3/api/v1?hash=..."}, ...}}`. */
export function openApiV3Index(): { paths: Record<string, { serverRelativeURL: string }> } {
  const paths: Record<string, { serverRelativeURL: string }> = {};
  for (const groupVersion of groupVersionPaths()) {
    paths[groupVersion] = { serverRelativeURL: `/openapi/v3/${groupVersion}?hash=${v3Served(groupVersion)!.hash}` };
  }
  return { paths };
}

/** The v3 document of one group version ("api/v1", "apis/apps/v1", ...); undefined when not served. */
export function openApiV3Document(groupVersionPath: string): Record<string, unknown> | undefined {
  return v3Served(groupVersionPath)?.document;
}

/** The v3 document as the bytes to serve (its hash is the one in the index). */
export function openApiV3DocumentJson(groupVersionPath: string): string | undefined {
  return v3Served(groupVersionPath)?.json;
}

/** The hash in the index for one group version: the server's ETag, and the `hash` it may cache by. */
export function openApiV3DocumentHash(groupVersionPath: string): string | undefined {
  return v3Served(groupVersionPath)?.hash;
}

/** /openapi/v2 (swagger 2.0): every group version in one document. */
export function openApiV2Document(): Record<string, unknown> {
  return v2Served().document;
}

export function openApiV2DocumentJson(): string {
  return v2Served().json;
}

export function openApiV2DocumentHash(): string {
  return v2Served().hash;
}

function v2Protobuf(): { bytes: Uint8Array; hash: string } {
  if (!v2ProtobufCache) {
    const bytes = encodeOpenApiV2(v2Served().document);
    v2ProtobufCache = { bytes, hash: openApiHash(bytes) };
  }
  return v2ProtobufCache;
}

/**
 * The v2 document as the protobuf message kubectl and client-go ask for with
 * `Accept: application/com.github.proto-openapi.spec.v2@v1.0+protobuf` (they parse no JSON there).
 */
export function openApiV2DocumentProtobuf(): Uint8Array {
  return v2Protobuf().bytes;
}

export function openApiV2DocumentProtobufHash(): string {
  return v2Protobuf().hash;
}
