// troupe get KIND[,KIND...] [NAME...]: tables by default (kubectl's columns per kind), or the
// objects as yaml/json/name; with -w it keeps streaming changes after the first listing.
import { storedForm } from "../printers/stored-form.ts";
import type { ApiResourceJson, JsonApiClient, KubeObject } from "../../runtime/api-client.ts";
import { ApiError } from "../../runtime/api-errors.ts";
import { formatError, UsageError } from "../errors.ts";
import { oneOf } from "../flag-values.ts";
import type { Invocation } from "../invocation.ts";
import { DEFAULT_NAMESPACE } from "../object-ref.ts";
import { formatObjects, isObjectFormat } from "../output.ts";
import { resourceTable } from "../printers/resource-table.ts";
import { qualifiedResource, resolveResourceTypes } from "../resource-types.ts";
import { formatTable } from "../table.ts";
import { watchChanges } from "./get-watch.ts";

export const GET_FORMATS = ["table", "wide", "yaml", "json", "name"] as const;
export type GetFormat = (typeof GET_FORMATS)[number];

export interface GetQuery {
  /** The namespace to read; "" with allNamespaces. */
  namespace: string;
  allNamespaces: boolean;
  labelSelector: string | undefined;
  fieldSelector: string | undefined;
}

interface Fetched {
  type: ApiResourceJson;
  objects: KubeObject[];
  /** Where a watch continues from. */
  resourceVersion: string;
}

export async function run(invocation: Invocation): Promise<number> {
  const { flags, stdout, stderr } = invocation;
  const [typeList, ...names] = invocation.positionals;
  const format = oneOf<GetFormat>("output", flags.string("output"), GET_FORMATS, "table");
  const allNamespaces = flags.boolean("all-namespaces");
  const query: GetQuery = {
    namespace: allNamespaces ? "" : (flags.string("namespace") ?? DEFAULT_NAMESPACE),
    allNamespaces,
    labelSelector: flags.string("selector"),
    fieldSelector: flags.string("field-selector"),
  };
  if (names.length > 0 && query.allNamespaces) throw new UsageError("a resource cannot be retrieved by name across all namespaces");
  if (names.length > 0 && query.labelSelector) throw new UsageError("name cannot be provided when a selector is specified");

  const api = await invocation.api();
  const types = resolveResourceTypes(await api.discovery(), typeList);
  const watch = flags.boolean("watch");
  if (watch && (types.length !== 1 || names.length > 1)) {
    throw new UsageError("watch is only supported on one kind, either all its objects or a single one by name");
  }

  const fetched: Fetched[] = [];
  let failures = 0;
  for (const type of types) {
    const result = await fetch(api, type, names, query, (error) => {
      stderr.write(`${formatError(error)}\n`);
      failures++;
    });
    fetched.push(result);
  }

  const tableOptions = {
    wide: format === "wide",
    showLabels: flags.boolean("show-labels"),
    kindPrefix: types.length > 1,
    noHeaders: flags.boolean("no-headers"),
  };
  if (isObjectFormat(format)) {
    const objects = fetched.flatMap((entry) => entry.objects);
    // A watch prints each object on its own, the listed ones included.
    if (!watch && (objects.length > 0 || names.length === 0)) stdout.write(formatObjects(objects, format, names.length !== 1));
  } else {
    const tables = fetched
      .filter((entry) => entry.objects.length > 0)
      .map((entry) => renderTable(entry.type, entry.objects, query, tableOptions));
    stdout.write(tables.join("\n"));
    if (tables.length === 0 && failures === 0 && !watch) stderr.write(`${noResourcesMessage(types, query)}\n`);
  }

  if (!watch) return failures > 0 ? 1 : 0;
  const [only] = fetched;
  const watchQuery = names.length === 1 ? { ...query, fieldSelector: joinSelectors(query.fieldSelector, `metadata.name=${names[0]}`) } : query;
  return watchChanges(invocation, api, only.type, watchQuery, only.resourceVersion, {
    format,
    shown: only.objects,
    table: { ...tableOptions, namespaceColumn: query.allNamespaces && only.type.namespaced === true },
  });
}

async function fetch(
  api: JsonApiClient,
  type: ApiResourceJson,
  names: readonly string[],
  query: GetQuery,
  onError: (error: ApiError) => void,
): Promise<Fetched> {
  const { namespace } = query;
  if (names.length === 0) {
    const list = await api.list(qualifiedResource(type), { namespace, labelSelector: query.labelSelector, fieldSelector: query.fieldSelector });
    return { type, objects: list.items, resourceVersion: list.metadata.resourceVersion };
  }
  const objects: KubeObject[] = [];
  for (const name of names) {
    try {
      objects.push(await api.get(qualifiedResource(type), name, { namespace }));
    } catch (error) {
      // Like kubectl: report each missing object and still print the ones found.
      if (!(error instanceof ApiError) || error.reason !== "NotFound") throw error;
      onError(error);
    }
  }
  return { type, objects, resourceVersion: objects[0]?.metadata?.resourceVersion ?? "" };
}

function renderTable(
  type: ApiResourceJson,
  objects: readonly KubeObject[],
  query: GetQuery,
  options: { wide: boolean; showLabels: boolean; kindPrefix: boolean; noHeaders: boolean },
): string {
  const table = resourceTable(type.kind, { ...options, namespaceColumn: query.allNamespaces && type.namespaced === true });
  const now = Date.now();
  // Columns come from the stored version: an autoscaling/v1 HPA is printed from its v2 form.
  const rows = objects.map((object) => table.row(storedForm(object), now));
  const text = formatTable(table.header, rows);
  return options.noHeaders ? text.slice(text.indexOf("\n") + 1) : text;
}

export function noResourcesMessage(types: readonly ApiResourceJson[], query: GetQuery): string {
  const namespaced = types.some((type) => type.namespaced);
  if (!namespaced || query.allNamespaces) return "No resources found";
  return `No resources found in ${query.namespace} namespace.`;
}

function joinSelectors(...selectors: (string | undefined)[]): string {
  return selectors.filter((selector) => selector).join(",");
}
