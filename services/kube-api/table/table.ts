// Turns objects into the meta.k8s.io Table kubectl asks for (`Accept: application/json;as=Table;
// v=v1;g=meta.k8s.io`), with the same column definitions the CLI prints from. Cells are rendered
// as kube-apiserver renders them: every column, -o wide ones included (kubectl hides priority 1
// columns itself), ages already formatted ("5m"); NAMESPACE, LABELS and -L are added by kubectl
// from each row's object metadata.
import type { KubeObject } from "../../../runtime/api-client.ts";
import type { Column } from "../../../runtime/printers/column.ts";
import { columnsForKind } from "../../../runtime/printers/columns-by-kind.ts";
import { podRowConditions } from "../../../runtime/printers/pod-columns.ts";
import { defaultTableColumns } from "../../../runtime/printers/quota-columns.ts";
import type { ListMetaJson, PartialObjectMetadataJson, RowOptions, TableColumnDefinitionJson, TableJson, TableOptions, TableRowJson, TableVersion } from "./types.ts";

const META_GROUP = "meta.k8s.io";

/** The kind's columns as the server defines them: Troupe's CLI-only extras left out. */
function serverColumns(kind: string): readonly Column[] {
  return (columnsForKind(kind) ?? defaultTableColumns).filter((column) => !column.cliOnly);
}

export function columnDefinitions(kind: string): TableColumnDefinitionJson[] {
  return serverColumns(kind).map((column) => ({
    name: column.name,
    type: column.type,
    format: column.format ?? "",
    description: column.description,
    priority: column.priority,
  }));
}

/** meta.AsPartialObjectMetadata: the whole metadata, nothing else. */
export function partialObjectMetadata(object: KubeObject, version: TableVersion = "v1"): PartialObjectMetadataJson {
  return { kind: "PartialObjectMetadata", apiVersion: `${META_GROUP}/${version}`, metadata: object.metadata ?? {} };
}

/** One row of the object's kind; the cells line up with columnDefinitions(object.kind). */
export function tableRow(object: KubeObject, options: RowOptions = {}): TableRowJson {
  const now = (options.now ?? new Date()).getTime();
  const kind = options.kind ?? object.kind;
  const cells = serverColumns(kind).map((column) => column.cell(object, { now, wide: true }));
  const row: TableRowJson = { cells, object: rowObject(object, options) };
  const conditions = kind === "Pod" ? podRowConditions(object) : undefined;
  return conditions ? { cells, conditions, object: row.object } : row;
}

function rowObject(object: KubeObject, options: RowOptions): TableRowJson["object"] {
  switch (options.includeObject ?? "Metadata") {
    case "None":
      return null;
    case "Object":
      return object;
    default:
      return partialObjectMetadata(object, options.version);
  }
}

export function toTable(objects: readonly KubeObject[], options: TableOptions): TableJson {
  const version = options.version ?? "v1";
  const now = options.now ?? new Date();
  return {
    kind: "Table",
    apiVersion: `${META_GROUP}/${version}`,
    metadata: tableMetadata(objects, options.listMeta),
    columnDefinitions: options.noHeaders ? [] : columnDefinitions(options.kind),
    rows: objects.map((object) => tableRow(object, { kind: options.kind, includeObject: options.includeObject, version, now })),
  };
}

function tableMetadata(objects: readonly KubeObject[], listMeta: ListMetaJson | undefined): ListMetaJson {
  const metadata: ListMetaJson = {};
  const resourceVersion = listMeta ? listMeta.resourceVersion : objects.length === 1 ? objects[0].metadata?.resourceVersion : undefined;
  if (resourceVersion) metadata.resourceVersion = resourceVersion;
  if (listMeta?.continue) metadata.continue = listMeta.continue;
  if (listMeta?.remainingItemCount !== undefined) metadata.remainingItemCount = listMeta.remainingItemCount;
  return metadata;
}

/**
 * The object of each watch event, as kube-apiserver's watch encoder writes it: a one-row Table,
 * the first with columnDefinitions and the later ones without (kubectl reuses the last columns
 * it saw, and prints a header only when they change).
 */
export function watchTables(options: Omit<TableOptions, "listMeta" | "noHeaders" | "now">): (object: KubeObject, now?: Date) => TableJson {
  let first = true;
  return (object, now) => {
    const table = toTable([object], { ...options, noHeaders: !first, now });
    first = false;
    return table;
  };
}
