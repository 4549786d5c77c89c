import test from "ava";
import { inPortRange, InvalidPortRangeError, parsePortRange, portRangeSize } from "./port-range.ts";

test("a port range reads as min-max or base+size", (t) => {
  t.deepEqual(parsePortRange("30000-32767"), { min: 30000, max: 32767, text: "30000-32767" });
  t.deepEqual(parsePortRange(" 30000 + 10 "), { min: 30000, max: 30010, text: "30000-30010" });
  t.is(portRangeSize(parsePortRange("30000-32767")), 2768);
  t.is(portRangeSize(parsePortRange("31000-31000")), 1);
});

test("ports inside the range include both ends", (t) => {
  const range = parsePortRange("30000-32767");
  t.true(inPortRange(range, 30000));
  t.true(inPortRange(range, 32767));
  t.false(inPortRange(range, 29999));
  t.false(inPortRange(range, 32768));
});

test("a malformed or reversed port range is refused saying why", (t) => {
  for (const text of ["", "30000", "a-b", "0-10", "30000-70000", "32767-30000", "1-2-3"]) {
    t.throws(() => parsePortRange(text), { instanceOf: InvalidPortRangeError }, text);
  }
});
