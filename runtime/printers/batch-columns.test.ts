import test from "ava";
import type { KubeObject } from "../api-client.ts";
import { cronJobColumns, jobColumns, jobStatus } from "./batch-columns.ts";

const context = { now: Date.parse("2026-01-01T00:10:00Z"), wide: false };
const cells = (columns: typeof jobColumns, object: Record<string, unknown>) => columns.filter((column) => column.priority === 0).map((column) => column.cell(object as unknown as KubeObject, context));
const job = (spec: Record<string, unknown>, status: Record<string, unknown> = {}) => ({ metadata: { name: "pi", creationTimestamp: "2026-01-01T00:00:00Z" }, spec, status });

test("job columns are kubectl's: STATUS from the conditions, COMPLETIONS, DURATION", (t) => {
  t.deepEqual(jobColumns.filter((column) => column.priority === 0).map((column) => column.name), ["Name", "Status", "Completions", "Duration", "Age"]);
  t.deepEqual(cells(jobColumns, job({ completions: 5 }, { succeeded: 2, startTime: "2026-01-01T00:09:00Z" })), ["pi", "Running", "2/5", "60s", "10m"]);
  t.deepEqual(cells(jobColumns, job({ completions: 1 }, { succeeded: 1, startTime: "2026-01-01T00:00:00Z", completionTime: "2026-01-01T00:00:42Z", conditions: [{ type: "Complete", status: "True" }] })), ["pi", "Complete", "1/1", "42s", "10m"]);
  t.is(cells(jobColumns, job({ parallelism: 3 }))[2], "0/1 of 3");
  const status = (types: string[], deleting = false) => jobStatus({ metadata: deleting ? { deletionTimestamp: "x" } : {}, status: { conditions: types.map((type) => ({ type, status: "True" })) } } as unknown as KubeObject);
  t.deepEqual([status(["Failed"]), status(["Suspended"]), status(["FailureTarget"]), status(["SuccessCriteriaMet"]), status([], true)], ["Failed", "Suspended", "FailureTarget", "SuccessCriteriaMet", "Terminating"]);
});

test("cronjob columns are kubectl's: SCHEDULE TIMEZONE SUSPEND ACTIVE LAST SCHEDULE", (t) => {
  t.deepEqual(cronJobColumns.filter((column) => column.priority === 0).map((column) => column.name), ["Name", "Schedule", "Timezone", "Suspend", "Active", "Last Schedule", "Age"]);
  const cronJob = { metadata: { name: "tick", creationTimestamp: "2026-01-01T00:00:00Z" }, spec: { schedule: "@hourly", suspend: false }, status: { active: [{ name: "tick-1" }], lastScheduleTime: "2026-01-01T00:09:30Z" } };
  t.deepEqual(cells(cronJobColumns, cronJob), ["tick", "@hourly", "<none>", "False", 1, "30s", "10m"]);
});
