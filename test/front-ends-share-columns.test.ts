// The CLI and kube-api print from one set of column definitions (runtime/printers): this checks
// that what `troupe get -o wide` shows and what kubectl gets from kube-api name the same columns.
import test from "ava";
import { resourceTable } from "../cli/printers/resource-table.ts";
import type { KubeObject } from "../runtime/api-client.ts";
import { RESOURCES } from "../runtime/codec/resources.ts";
import { toTable } from "../services/kube-api/table/mod.ts";

const now = new Date("2026-12-02T12:00:00Z");

test("the CLI prints the same columns kube-api sends, apart from its own marked extras", (t) => {
  for (const info of RESOURCES) {
    const object: KubeObject = { apiVersion: info.apiVersion, kind: info.kind, metadata: { name: "x", creationTimestamp: "2026-12-02T11:00:00Z" } };
    const cli = resourceTable(info.kind, { wide: true, namespaceColumn: false, showLabels: false, kindPrefix: false });
    const server = toTable([object], { kind: info.kind, now }).columnDefinitions.map((column) => column.name.toUpperCase());
    const extras = info.kind === "Node" ? ["CPU", "MEMORY", "PODS"] : [];
    t.deepEqual(cli.header.filter((header) => !extras.includes(header)), server, info.kind);
  }
});
