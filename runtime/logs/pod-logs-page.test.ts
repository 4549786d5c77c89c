import test from "ava";
import type { StoredLogLine } from "./log-line.ts";
import type { LogTarget } from "./log-selection.ts";
import { cutPage, decodeContinueToken, encodeContinueToken, podLogLineJson, storedLineOfJson, type LogRangeRead } from "./pod-logs-page.ts";

const target = (pod: string): LogTarget => ({ namespace: "default", pod, uid: `uid-${pod}`, container: "app" });
const line = (of: LogTarget, seq: number, second: number): StoredLogLine => ({
  target: of, seq, stream: "stdout", text: `${of.pod} line ${seq}`,
  time: `2026-12-04T19:30:${String(second).padStart(2, "0")}.000000001Z`, nanos: BigInt(Date.parse(`2026-12-04T19:30:${String(second).padStart(2, "0")}Z`)) * 1_000_000n + 1n,
});

test("a page merges by time, stops at the line limit and says where each container goes on", (t) => {
  const a = target("a");
  const b = target("b");
  const reads: LogRangeRead[] = [
    { range: { target: a, after: 0, until: 100 }, lines: [line(a, 1, 1), line(a, 3, 3), line(a, 5, 5)], complete: true },
    { range: { target: b, after: 1, until: 100 }, lines: [line(b, 2, 2), line(b, 4, 4)], complete: true },
  ];
  const page = cutPage(reads, { maxLines: 3, maxBytes: 1 << 20 });
  t.deepEqual(page.lines.map((each) => each.seq), [1, 2, 3]);
  t.deepEqual(page.next.map((range) => [range.target.pod, range.after, range.until]), [["a", 3, 100], ["b", 2, 100]]);
  const last = cutPage(reads, { maxLines: 10, maxBytes: 1 << 20 });
  t.is(last.lines.length, 5);
  t.deepEqual(last.next, [], "all sent: no continue");
});

test("following keeps every container in the token and says when the page is up to date", (t) => {
  const a = target("a");
  const reads: LogRangeRead[] = [{ range: { target: a, after: 0, until: 9 }, lines: [line(a, 1, 1)], complete: true }];
  const page = cutPage(reads, { maxLines: 10, maxBytes: 1 << 20 }, true);
  t.true(page.upToDate);
  t.deepEqual(page.next.map((range) => range.after), [1]);
  t.false(cutPage([{ ...reads[0], lines: [line(a, 1, 1), line(a, 2, 2)] }], { maxLines: 1, maxBytes: 1 << 20 }, true).upToDate);
  const follow = { namespace: "default", labelSelector: "app=hello" };
  t.deepEqual(decodeContinueToken(encodeContinueToken([], follow)), { ranges: [], follow });
});

test("a container whose read was cut by the limit stays in the token even when all it read was sent", (t) => {
  const a = target("a");
  const page = cutPage([{ range: { target: a, after: 0, until: 50 }, lines: [line(a, 1, 1)], complete: false }], { maxLines: 1, maxBytes: 1 << 20 });
  t.deepEqual(page.next.map((range) => range.after), [1]);
});

test("the byte limit cuts a page, but never below one line", (t) => {
  const a = target("a");
  const reads: LogRangeRead[] = [{ range: { target: a, after: 0, until: 9 }, lines: [line(a, 1, 1), line(a, 2, 2)], complete: true }];
  t.is(cutPage(reads, { maxLines: 10, maxBytes: 10 }).lines.length, 1);
});

test("continue tokens round-trip; anything else is refused naming the field", (t) => {
  const ranges = [{ target: target("a"), after: 3, until: 100 }];
  const token = encodeContinueToken(ranges);
  t.deepEqual(decodeContinueToken(token), { ranges });
  t.is(encodeContinueToken([]), "");
  for (const bad of ["nope", Buffer.from('{"v":1,"r":[{"n":"default"}]}').toString("base64url"), Buffer.from('{"v":1,"r":[]}').toString("base64url")]) {
    const decoded = decodeContinueToken(bad);
    t.true("errors" in decoded && decoded.errors[0].field === "continue", bad);
  }
});

test("a reply's line reads back as the stored line", (t) => {
  const stored = line(target("a"), 7, 9);
  t.deepEqual(storedLineOfJson(podLogLineJson(stored)), stored);
});
