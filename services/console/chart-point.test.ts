import test from "ava";
import { chartPoint } from "./chart-point.ts";
import { parseMetricsText, sumOf } from "./metrics-text.ts";

const api = (requests: number, errors: number) => parseMetricsText(`# HELP troupe_api_requests_total x
# TYPE troupe_api_requests_total counter
troupe_api_requests_total{verb="get",resource="pods",code="200"} ${requests}
troupe_api_requests_total{verb="get",resource="pods",code="404"} ${errors}
troupe_api_watches{resource="pods"} 4
process_resident_memory_bytes 104857600
`);

test("the metrics text parser reads names, labels (escapes too) and values, skipping comments", (t) => {
  const samples = parseMetricsText('a_total{x="1",y="say \\"hi\\""} 3\n# comment\nb 2.5 1700000000\nbad line\n');
  t.deepEqual(samples, [{ name: "a_total", labels: { x: "1", y: 'say "hi"' }, value: 3 }, { name: "b", labels: {}, value: 2.5 }]);
  t.is(sumOf(api(10, 2), "troupe_api_requests_total", { code: "404" }), 2);
});

test("a chart point turns counters into rates over the interval and marks silent targets down", (t) => {
  const point = chartPoint({ at: 0, samples: { api: api(100, 10) } }, { at: 2000, samples: { api: api(300, 30) } }, ["api", "scheduler"]);
  t.like(point, { at: 2000, apiRequestsPerSecond: 110, apiErrorsPerSecond: 10, apiWatches: 4, schedulingAttemptsPerSecond: 0, memoryMiB: { api: 100 }, down: ["scheduler"] });
  // A restarted service's counters start again at zero: no negative rate.
  t.is(chartPoint({ at: 0, samples: { api: api(300, 0) } }, { at: 1000, samples: { api: api(5, 0) } }, ["api"]).apiRequestsPerSecond, 0);
});
