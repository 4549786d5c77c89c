import test from "ava";
import type { KubeObject } from "../../runtime/api-client.ts";
import { describeObject } from "../describe/describe-object.ts";
import { resourceTable } from "./resource-table.ts";
import { formatTable } from "../table.ts";

const NOW = Date.parse("2026-11-21T12:00:00Z");
const quota: KubeObject = {
  apiVersion: "v1",
  kind: "ResourceQuota",
  metadata: { name: "compute", namespace: "default", creationTimestamp: "2026-11-21T11:59:50Z" },
  spec: { hard: { pods: "2", "requests.cpu": "1", "limits.cpu": "2" } },
  status: { hard: { pods: "2", "requests.cpu": "1", "limits.cpu": "2" }, used: { pods: "2", "requests.cpu": "100m", "limits.cpu": "0" } },
};

test("get quota prints NAME AGE REQUEST LIMIT with used/hard per resource, as kubectl does", (t) => {
  const built = resourceTable("ResourceQuota", { wide: false, namespaceColumn: false, showLabels: false, kindPrefix: false });
  const lines = formatTable(built.header, [built.row(quota, NOW)]).split("\n").map((line) => line.trimEnd());
  t.deepEqual(lines.slice(0, 2), ["NAME      AGE   REQUEST                           LIMIT", "compute   10s   pods: 2/2, requests.cpu: 100m/1   limits.cpu: 0/2"]);
});

test("describe quota lists Resource Used Hard", (t) => {
  const text = describeObject(quota, { events: [], related: [], now: NOW });
  t.regex(text, /Resource\s+Used\s+Hard\n-+\s+-+\s+-+\nlimits\.cpu\s+0\s+2\npods\s+2\s+2\nrequests\.cpu\s+100m\s+1\n/);
});

test("describe limits lists one row per item and resource", (t) => {
  const range: KubeObject = {
    apiVersion: "v1", kind: "LimitRange", metadata: { name: "defaults", namespace: "default" },
    spec: { limits: [{ type: "Container", max: { memory: "1Gi" }, default: { memory: "256Mi" }, defaultRequest: { memory: "128Mi" } }] },
  };
  const text = describeObject(range, { events: [], related: [], now: NOW });
  t.regex(text, /Type\s+Resource\s+Min\s+Max\s+Default Request\s+Default Limit\s+Max Limit\/Request Ratio\n/);
  t.regex(text, /Container\s+memory\s+-\s+1Gi\s+128Mi\s+256Mi\s+-\n/);
});
