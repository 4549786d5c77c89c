import test from "ava";
import { parseLabelSelector } from "../../runtime/selectors/label-selector.ts";
import { podLogsRequest } from "./api-logs.ts";
import type { StreamLogsOptions } from "./stream-logs-options.ts";

const options = (extra: Partial<StreamLogsOptions> = {}): StreamLogsOptions => ({
  namespace: "default", selector: parseLabelSelector("app=hello"), podName: undefined, container: undefined, allContainers: false,
  tail: 10, since: undefined, follow: false, prefix: true, timestamps: false, maxLogRequests: 5, grep: /x/, ...extra,
});

test("the API is asked for what the flags say, grep left to the CLI", (t) => {
  t.deepEqual(podLogsRequest(options()), { namespace: "default", labelSelector: "app=hello", allContainers: false, tailLines: 10 });
  t.deepEqual(podLogsRequest(options({ namespace: undefined, tail: undefined, since: new Date("2026-12-04T19:30:00Z"), container: "side" })), {
    namespace: "", labelSelector: "app=hello", container: "side", allContainers: false, tailLines: -1, sinceTime: "2026-12-04T19:30:00.000Z",
  });
  t.deepEqual(podLogsRequest(options({ podName: "web-0", allContainers: true })), { namespace: "default", name: "web-0", allContainers: true, tailLines: 10 });
});
