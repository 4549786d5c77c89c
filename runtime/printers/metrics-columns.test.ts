import test from "ava";
import type { KubeObject } from "../api-client.ts";
import { metricsColumns } from "./metrics-columns.ts";

const cells = (object: object) => metricsColumns.map((column) => column.cell(object as KubeObject, { now: 0, wide: false }));

test("PodMetrics print as metrics-server's table: the containers summed, in served quantities", (t) => {
  t.deepEqual(cells({ kind: "PodMetrics", metadata: { name: "web" }, window: "1.001s", containers: [{ usage: { cpu: "1500000n", memory: "1024Ki" } }, { usage: { cpu: "500000n", memory: "2048Ki" } }] }), ["web", "2000000n", "3072Ki", "1.001s"]);
});

test("NodeMetrics print their usage", (t) => {
  t.deepEqual(cells({ kind: "NodeMetrics", metadata: { name: "node-1" }, window: "1s", usage: { cpu: "0", memory: "0" } }), ["node-1", "0", "0", "1s"]);
});
