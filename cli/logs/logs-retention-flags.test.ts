import test from "ava";
import { Flags, type FlagValue } from "../command-line.ts";
import { withLogsRetention } from "./logs-retention-flags.ts";

const flags = (values: Record<string, FlagValue>) => new Flags(new Map(Object.entries(values)));

test("troupe up's retention flags reach the kubelets' environment, winning over it", (t) => {
  t.like(withLogsRetention({ PATH: "/bin" }, flags({ "logs-max-age": "2h", "logs-max-bytes": "256Mi" })), { PATH: "/bin", TROUPE_LOGS_MAX_AGE: "2h", TROUPE_LOGS_MAX_BYTES: "256Mi" });
  t.like(withLogsRetention({ TROUPE_LOGS_MAX_AGE: "7d" }, flags({ "logs-max-age": "1h" })), { TROUPE_LOGS_MAX_AGE: "1h" });
  t.deepEqual(withLogsRetention({ TROUPE_LOGS_MAX_AGE: "7d" }, flags({})), { TROUPE_LOGS_MAX_AGE: "7d" });
  t.false("TROUPE_LOGS_MAX_BYTES" in withLogsRetention({}, flags({})));
});

test("a bad retention stops troupe up naming the flag or the variable", (t) => {
  t.throws(() => withLogsRetention({}, flags({ "logs-max-age": "forever" })), { message: /^--logs-max-age: invalid age "forever": use units like 30m, 24h, 7d/ });
  t.throws(() => withLogsRetention({}, flags({ "logs-max-bytes": "big" })), { message: /^--logs-max-bytes: invalid size "big"/ });
  t.throws(() => withLogsRetention({ TROUPE_LOGS_MAX_BYTES: "1" }, flags({})), { message: /^TROUPE_LOGS_MAX_BYTES: size "1" is too small/ });
});
