import test from "ava";
import { tailStartSeq } from "./tail-start.ts";

test("a subject that is every message of the stream starts just over N before its end", (t) => {
  const start = tailStartSeq({ firstSeq: 1, lastSeq: 1000, count: 1000 }, 10);
  t.true(start > 980 && start <= 991, String(start));
});

test("a subject holding a tenth of the stream gets a window ten times as wide", (t) => {
  const start = tailStartSeq({ firstSeq: 1, lastSeq: 100_000, count: 10_000 }, 10);
  t.true(start > 99_800 && start <= 99_901, String(start));
});

test("each retry widens the window fourfold, never before the stream's first message", (t) => {
  const extent = { firstSeq: 500, lastSeq: 100_000, count: 10_000 };
  const first = tailStartSeq(extent, 10);
  const second = tailStartSeq(extent, 10, 1);
  t.true(100_000 - second + 1 >= 4 * (100_000 - first + 1) - 4);
  t.is(tailStartSeq(extent, 10, 10), 500);
  t.is(tailStartSeq({ firstSeq: 7, lastSeq: 9, count: 0 }, 10), 7);
});
