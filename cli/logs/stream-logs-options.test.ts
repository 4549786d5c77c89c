import test from "ava";
import { Flags, type FlagValue } from "../command-line.ts";
import { UsageError } from "../errors.ts";
import { followLimitError, parseStreamLogsOptions } from "./stream-logs-options.ts";

const now = new Date("2026-12-04T12:00:00Z");
const flags = (values: Record<string, FlagValue>) => new Flags(new Map(Object.entries(values)));
const parse = (values: Record<string, FlagValue>, pod?: string) => parseStreamLogsOptions(flags(values), pod, now);
const message = (values: Record<string, FlagValue>, pod?: string) => {
  try {
    parse(values, pod);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  return "no error";
};

test("with a selector: 10 lines per container, 5 streams, the default namespace", (t) => {
  const options = parse({ selector: "app=hello" });
  t.is(options.tail, 10);
  t.is(options.maxLogRequests, 5);
  t.is(options.namespace, "default");
  t.is(options.selector.toString(), "app=hello");
  t.false(options.follow);
});

test("a named pod gets all its lines; -A reads every namespace; --tail -1 means all", (t) => {
  t.is(parse({ prefix: true }, "web-1").tail, undefined);
  t.is(parse({ selector: "app=x", "all-namespaces": true }).namespace, undefined);
  t.is(parse({ selector: "app=x", namespace: "shop" }).namespace, "shop");
  t.is(parse({ selector: "app=x", tail: "-1" }).tail, undefined);
  t.is(parse({ selector: "app=x", tail: "0" }).tail, 0);
});

test("--since and --since-time give the start time", (t) => {
  t.deepEqual(parse({ selector: "app=x", since: "5m" }).since, new Date("2026-12-04T11:55:00Z"));
  t.deepEqual(parse({ selector: "app=x", "since-time": "2026-12-04T10:00:00Z" }).since, new Date("2026-12-04T10:00:00Z"));
  t.is(parse({ selector: "app=x" }).since, undefined);
});

test("--grep compiles its regular expression", (t) => {
  t.true(parse({ selector: "app=x", grep: "ERR(OR)?" }).grep?.test("an ERROR here"));
});

test("bad flags are refused with the flag and what it accepts", (t) => {
  t.is(message({ selector: "app=x", tail: "ten" }), 'invalid value "ten" for --tail: use a whole number >= 0, or -1 for all lines');
  t.is(message({ selector: "app=x", "max-log-requests": "0" }), 'invalid value "0" for --max-log-requests: use a whole number >= 1');
  t.regex(message({ selector: "app=x", since: "yesterday" }), /^invalid duration "yesterday" for --since/);
  t.is(message({ selector: "app=x", "since-time": "10:00" }), 'invalid value "10:00" for --since-time: use an RFC3339 time like 2026-12-04T19:30:00Z');
  t.is(message({ selector: "app=x", since: "1m", "since-time": "2026-12-04T10:00:00Z" }), "at most one of --since or --since-time may be specified");
  t.regex(message({ selector: "app=x", grep: "(" }), /^invalid value "\(" for --grep: not a regular expression/);
  t.regex(message({ selector: "app in (" }), /^invalid value for --selector \(-l\): invalid label selector/);
  t.is(message({ selector: "app=x", container: "a", "all-containers": true }), "--all-containers=true should not be specified with container name (-c)");
  t.is(message({ selector: "app=x" }, "web-1"), "only a selector (-l) or a POD name is allowed, not both");
  t.regex(message({}), /^logs needs a pod name or -l SELECTOR/);
  t.regex(message({ selector: "app=x", previous: true }), /^--previous is read from the pod's kubelet/);
});

test("following more streams than allowed is kubectl's error", (t) => {
  t.is(followLimitError(6, 5).message, "you are attempting to follow 6 log streams, but maximum allowed concurrency is 5, use --max-log-requests to increase the limit");
});
