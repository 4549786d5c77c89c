import test from "ava";
import { containerLogPath, podLogDir, previousContainerLogPath } from "./log-paths.ts";

const ref = { namespace: "shop", podName: "web-7c9f", podUid: "0b1c-22", containerName: "app" };

test("container logs follow the /var/log/pods layout", (t) => {
  t.is(podLogDir("/var/log/troupe/pods", ref), "/var/log/troupe/pods/shop_web-7c9f_0b1c-22");
  t.is(containerLogPath("/var/log/troupe/pods", ref, 3), "/var/log/troupe/pods/shop_web-7c9f_0b1c-22/app/3.log");
});

test("the previous log is the run before the current restart count, and the first run has none", (t) => {
  t.is(previousContainerLogPath("/logs", ref, 2), "/logs/shop_web-7c9f_0b1c-22/app/1.log");
  t.is(previousContainerLogPath("/logs", ref, 0), undefined);
});
