// The REST operations of each kind, as Kubernetes declares them (paths, verbs, query parameters,
// x-kubernetes-action), independent of the OpenAPI version that renders them.
import type { ResourceInfo } from "../../../runtime/codec/resources.ts";
import { DELETE_OPTIONS, groupVersionKind, listSchemaName, PATCH, SCALE, schemaName, STATUS, WATCH_EVENT } from "./schema-names.ts";

export interface Parameter {
  name: string;
  in: "path" | "query";
  type: "string" | "boolean" | "integer";
  description: string;
  required?: boolean;
}

export type Method = "get" | "post" | "put" | "patch" | "delete";
export type Action = "list" | "post" | "get" | "put" | "patch" | "delete" | "deletecollection" | "watch" | "watchlist";

export interface Operation {
  method: Method;
  operationId: string;
  description: string;
  action: Action;
  gvk: { group: string; kind: string; version: string };
  parameters: Parameter[];
  /** Schema name of the body and the content types it may come in. */
  body?: { schema: string; contentTypes: readonly string[]; required: boolean };
  /** Status code -> schema name. */
  responses: Record<string, string>;
  watch?: boolean;
}

export interface PathItem {
  path: string;
  parameters: Parameter[];
  operations: Operation[];
}

export const PATCH_CONTENT_TYPES = [
  "application/json-patch+json",
  "application/merge-patch+json",
  "application/strategic-merge-patch+json",
  "application/apply-patch+yaml",
] as const;
export const OBJECT_CONTENT_TYPES = ["application/json", "application/yaml", "application/vnd.kubernetes.protobuf"] as const;
export const WATCH_CONTENT_TYPES = [...OBJECT_CONTENT_TYPES, "application/json;stream=watch", "application/vnd.kubernetes.protobuf;stream=watch"] as const;

const query = (name: string, type: Parameter["type"], description: string): Parameter => ({ name, in: "query", type, description });

const P = {
  pretty: query("pretty", "string", "'true' asks for indented output."),
  dryRun: query("dryRun", "string", "When present, modifications are not persisted. The only valid value is All: every stage runs, nothing is stored."),
  fieldManager: query("fieldManager", "string", "Who makes the change (a client or controller name, up to 128 printable characters), recorded as the owner of the fields it sets."),
  fieldValidation: query(
    "fieldValidation",
    "string",
    "How the server handles fields of the request body that are unknown or duplicated: Ignore (drop them silently), Warn (drop them and send a warning header for each), or Strict (fail the request with a BadRequest naming them). Defaults to Warn.",
  ),
  force: query("force", "boolean", "Only for apply patches: take over the fields other managers own instead of failing with a conflict."),
  labelSelector: query("labelSelector", "string", "Only objects whose labels match this selector (app=web,tier!=db). All objects when empty."),
  fieldSelector: query("fieldSelector", "string", "Only objects whose fields match this selector (metadata.name=web). All objects when empty."),
  limit: query("limit", "integer", "The maximum number of responses to return for a list call. When more items exist, the list metadata carries a continue token to fetch the next chunk."),
  continue: query("continue", "string", "The continue option of a chunked list: the token a previous list call with a limit returned."),
  resourceVersion: query("resourceVersion", "string", "The version of the state to read: for a list, how fresh it must be; for a watch, the version to start after."),
  resourceVersionMatch: query("resourceVersionMatch", "string", "Determines how resourceVersion is applied to list calls: Exact or NotOlderThan."),
  timeoutSeconds: query("timeoutSeconds", "integer", "Ends the list or watch call after this many seconds, busy or not."),
  watch: query("watch", "boolean", "Instead of a list, stream the changes to the matching objects as ADDED, MODIFIED and DELETED events."),
  allowWatchBookmarks: query("allowWatchBookmarks", "boolean", "Accept BOOKMARK events, which carry only a resourceVersion to resume from."),
  sendInitialEvents: query("sendInitialEvents", "boolean", "With watch=true, first sends the current state as synthetic ADDED events, then a bookmark, then changes."),
  gracePeriodSeconds: query("gracePeriodSeconds", "integer", "Seconds the object gets to shut down before it is removed; 0 removes it at once."),
  propagationPolicy: query("propagationPolicy", "string", "Whether and how garbage collection will be performed: Orphan, Background (the default) or Foreground."),
  orphanDependents: query("orphanDependents", "boolean", "Deprecated in favour of propagationPolicy: keep the dependents when true."),
};

const name = (info: ResourceInfo): Parameter => ({ name: "name", in: "path", type: "string", required: true, description: `name of the ${info.kind}` });
const namespace: Parameter = { name: "namespace", in: "path", type: "string", required: true, description: "object name and auth scope, such as for teams and projects" };

const LIST_PARAMETERS = [
  P.allowWatchBookmarks, P.continue, P.fieldSelector, P.labelSelector, P.limit, P.resourceVersion,
  P.resourceVersionMatch, P.sendInitialEvents, P.timeoutSeconds, P.watch,
];
const WRITE_PARAMETERS = [P.dryRun, P.fieldManager, P.fieldValidation];
const DELETE_PARAMETERS = [P.dryRun, P.gracePeriodSeconds, P.orphanDependents, P.propagationPolicy];

/** "CoreV1", "AppsV1", "NetworkingV1": the group-version part of Kubernetes' operation ids. */
function groupVersionId(info: ResourceInfo): string {
  const version = info.apiVersion.slice(info.apiVersion.indexOf("/") + 1);
  const group = info.group ? info.group.split(".")[0]! : "core";
  return `${group[0]!.toUpperCase()}${group.slice(1)}${version[0]!.toUpperCase()}${version.slice(1)}`;
}

function deleteBody(): Operation["body"] {
  return { schema: DELETE_OPTIONS, contentTypes: ["application/json", "application/yaml"], required: false };
}

function objectBody(schema: string): Operation["body"] {
  return { schema, contentTypes: ["application/json", "application/yaml", "application/vnd.kubernetes.protobuf"], required: true };
}

function patchBody(): Operation["body"] {
  return { schema: PATCH, contentTypes: PATCH_CONTENT_TYPES, required: true };
}

/** Every path of one kind: collection, object, watch, and its status and scale subresources. */
export function resourcePaths(info: ResourceInfo): PathItem[] {
  const gv = groupVersionId(info);
  const gvk = groupVersionKind(info);
  const base = info.group ? `/apis/${info.apiVersion}` : `/api/${info.apiVersion}`;
  const scope = info.namespaced ? "Namespaced" : "";
  const collection = info.namespaced ? `${base}/namespaces/{namespace}/${info.plural}` : `${base}/${info.plural}`;
  const watchCollection = info.namespaced ? `${base}/watch/namespaces/{namespace}/${info.plural}` : `${base}/watch/${info.plural}`;
  const scoped = info.namespaced ? [namespace] : [];
  const kind = schemaName(info.typeName);
  const list = listSchemaName(info);
  const id = (verb: string, suffix = ""): string => `${verb}${gv}${scope}${info.kind}${suffix}`;
  const op = (method: Method, action: Action, operationId: string, description: string, extra: Partial<Operation>): Operation => ({
    method, action, operationId, description, gvk, parameters: [], responses: {}, ...extra,
  });

  const paths: PathItem[] = [
    {
      path: collection,
      parameters: [...scoped, P.pretty],
      operations: [
        op("get", "list", id("list"), `list or watch objects of kind ${info.kind}`, { parameters: LIST_PARAMETERS, responses: { 200: list }, watch: true }),
        op("post", "post", id("create"), `create a ${info.kind}`, { parameters: WRITE_PARAMETERS, body: objectBody(kind), responses: { 200: kind, 201: kind, 202: kind } }),
        op("delete", "deletecollection", id("deleteCollection"), `delete collection of ${info.kind}`, {
          parameters: [...DELETE_PARAMETERS, ...LIST_PARAMETERS.filter((p) => p.name !== "watch" && p.name !== "allowWatchBookmarks")],
          body: deleteBody(),
          responses: { 200: STATUS },
        }),
      ],
    },
    {
      path: `${collection}/{name}`,
      parameters: [name(info), ...scoped, P.pretty],
      operations: [
        op("get", "get", id("read"), `read the specified ${info.kind}`, { responses: { 200: kind } }),
        op("put", "put", id("replace"), `replace the specified ${info.kind}`, { parameters: WRITE_PARAMETERS, body: objectBody(kind), responses: { 200: kind, 201: kind } }),
        op("patch", "patch", id("patch"), `partially update the specified ${info.kind}`, {
          parameters: [...WRITE_PARAMETERS, P.force], body: patchBody(), responses: { 200: kind, 201: kind },
        }),
        op("delete", "delete", id("delete"), `delete a ${info.kind}`, { parameters: DELETE_PARAMETERS, body: deleteBody(), responses: { 200: STATUS, 202: STATUS } }),
      ],
    },
    {
      path: watchCollection,
      parameters: [...scoped, P.pretty, ...LIST_PARAMETERS],
      operations: [op("get", "watchlist", id("watch", "List"), `watch individual changes to a list of ${info.kind}. deprecated: use the 'watch' parameter with a list operation instead.`, { responses: { 200: WATCH_EVENT }, watch: true })],
    },
    {
      path: `${watchCollection}/{name}`,
      parameters: [name(info), ...scoped, P.pretty, ...LIST_PARAMETERS],
      operations: [op("get", "watch", id("watch"), `watch changes to an object of kind ${info.kind}. deprecated: use the 'watch' parameter with a list operation instead, filtered to a single item with the 'fieldSelector' parameter.`, { responses: { 200: WATCH_EVENT }, watch: true })],
    },
  ];
  if (info.namespaced) {
    const allNamespaces = `${base}/${info.plural}`;
    const idAll = (verb: string): string => `${verb}${gv}${info.kind}ForAllNamespaces`;
    paths.push(
      { path: allNamespaces, parameters: [P.pretty, ...LIST_PARAMETERS], operations: [op("get", "list", idAll("list"), `list or watch objects of kind ${info.kind}`, { responses: { 200: list }, watch: true })] },
      { path: `${base}/watch/${info.plural}`, parameters: [P.pretty, ...LIST_PARAMETERS], operations: [op("get", "watchlist", `watch${gv}${info.kind}ListForAllNamespaces`, `watch individual changes to a list of ${info.kind}. deprecated: use the 'watch' parameter with a list operation instead.`, { responses: { 200: WATCH_EVENT }, watch: true })] },
    );
  }
  const subresource = (sub: "status" | "scale", schema: string, subGvk: Operation["gvk"], label: string): PathItem => ({
    path: `${collection}/{name}/${sub}`,
    parameters: [name(info), ...scoped, P.pretty],
    operations: [
      op("get", "get", id("read", label), `read ${sub} of the specified ${info.kind}`, { gvk: subGvk, responses: { 200: schema } }),
      op("put", "put", id("replace", label), `replace ${sub} of the specified ${info.kind}`, { gvk: subGvk, parameters: WRITE_PARAMETERS, body: objectBody(schema), responses: { 200: schema, 201: schema } }),
      op("patch", "patch", id("patch", label), `partially update ${sub} of the specified ${info.kind}`, {
        gvk: subGvk, parameters: [...WRITE_PARAMETERS, P.force], body: patchBody(), responses: { 200: schema, 201: schema },
      }),
    ],
  });
  if (info.hasStatus) paths.push(subresource("status", kind, gvk, "Status"));
  if (SCALABLE.has(info.kind)) paths.push(subresource("scale", SCALE, { group: "autoscaling", kind: "Scale", version: "v1" }, "Scale"));
  return paths;
}

/** Kinds with a scale subresource (kubectl scale), as in Kubernetes. */
const SCALABLE = new Set(["Deployment", "ReplicaSet", "StatefulSet"]);
