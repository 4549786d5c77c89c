import test from "ava";
import { headers } from "@nats-io/transport-node";
import { LOG_POD_UID_HEADER, LOG_STREAM_HEADER, LOG_TIME_HEADER } from "../subjects.ts";
import { storedLogLine } from "./log-stream-reader.ts";

const target = { namespace: "default", pod: "web-0", uid: "uid-now", container: "app" };
function message(values: Record<string, string>, text = "hello") {
  const h = headers();
  for (const [key, value] of Object.entries(values)) h.set(key, value);
  return { headers: h, data: new TextEncoder().encode(text), seq: 42, timestamp: "2026-12-04T10:00:01.000Z", timestampNanos: 1_796_378_401_000_000_000n };
}

test("a stored line takes the kubelet's time and stream from its headers", (t) => {
  const line = storedLogLine(target, message({ [LOG_POD_UID_HEADER]: "uid-now", [LOG_TIME_HEADER]: "2026-12-04T10:00:00.123456789Z", [LOG_STREAM_HEADER]: "stderr" }));
  t.like(line, { time: "2026-12-04T10:00:00.123456789Z", nanos: 1_796_378_400_123_456_789n, seq: 42, stream: "stderr", text: "hello" });
});

test("without a time header the line is dated when the stream stored it", (t) => {
  t.like(storedLogLine(target, message({})), { time: "2026-12-04T10:00:01.000Z", nanos: 1_796_378_401_000_000_000n, stream: "stdout" });
});

test("lines of an earlier pod of the same name (another uid) are not this pod's", (t) => {
  t.is(storedLogLine(target, message({ [LOG_POD_UID_HEADER]: "uid-before" })), undefined);
});
