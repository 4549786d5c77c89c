// The -w part of `troupe get`: after the first listing, print each change as it happens (a
// table row, or the object as yaml/json/name) until Ctrl-C.
import type { ApiResourceJson, JsonApiClient, KubeObject } from "../../runtime/api-client.ts";
import { apiErrorFromStatus, type StatusJson } from "../../runtime/api-errors.ts";
import { formatError } from "../errors.ts";
import type { Invocation } from "../invocation.ts";
import { formatObject, isObjectFormat, type ObjectFormat } from "../output.ts";
import { resourceTable, type TableOptions } from "../printers/resource-table.ts";
import { storedForm } from "../printers/stored-form.ts";
import { qualifiedResource } from "../resource-types.ts";
import { columnWidths, formatRow } from "../table.ts";
import type { GetFormat, GetQuery } from "./get.ts";

export interface WatchPrintOptions {
  format: GetFormat;
  /** Objects the listing already printed: their widths set the columns of later rows. */
  shown: readonly KubeObject[];
  table: TableOptions & { noHeaders: boolean };
}

export async function watchChanges(
  invocation: Invocation,
  api: JsonApiClient,
  type: ApiResourceJson,
  query: GetQuery,
  resourceVersion: string,
  options: WatchPrintOptions,
): Promise<number> {
  const { stdout, stderr } = invocation;
  const watch = await api.watch(qualifiedResource(type), {
    namespace: query.namespace,
    labelSelector: query.labelSelector,
    fieldSelector: query.fieldSelector,
    resourceVersion: resourceVersion || undefined,
  });
  // Ctrl-C ends the watch, not the process, so the connection closes cleanly and we exit 0.
  const stop = () => void watch.stop();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);

  const table = resourceTable(type.kind, options.table);
  const listed = options.shown.map((object) => table.row(storedForm(object), Date.now()));
  let widths = columnWidths([table.header, ...listed]);
  let headerShown = listed.length > 0 || options.table.noHeaders;
  let printedObjects = 0;
  const printObject = (object: KubeObject, format: ObjectFormat) => {
    if (format === "yaml" && printedObjects > 0) stdout.write("---\n");
    stdout.write(formatObject(object, format));
    printedObjects++;
  };
  const format = options.format;
  if (isObjectFormat(format)) for (const object of options.shown) printObject(object, format);
  try {
    for await (const event of watch) {
      if (event.type === "BOOKMARK") continue;
      if (event.type === "ERROR") {
        stderr.write(`${formatError(apiErrorFromStatus(event.object as unknown as StatusJson))}\n`);
        return 1;
      }
      if (isObjectFormat(format)) {
        printObject(event.object, format);
        continue;
      }
      const row = table.row(storedForm(event.object), Date.now());
      if (!headerShown) {
        widths = columnWidths([table.header, row]);
        stdout.write(`${formatRow(table.header, widths)}\n`);
        headerShown = true;
      }
      stdout.write(`${formatRow(row, widths)}\n`);
    }
    return 0;
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    await watch.stop();
  }
}
