import test from "ava";
import { randomProbes, scanFrom } from "./probe-order.ts";

function sequence(values: number[]): (max: number) => number {
  let next = 0;
  return (max) => values[next++ % values.length] % max;
}

test("random probes are distinct and never more than the range holds", (t) => {
  t.deepEqual(randomProbes(100, 3, sequence([5, 5, 7, 9])), [5, 7, 9]);
  t.deepEqual(randomProbes(2, 8, sequence([0, 1, 1, 0])).sort(), [0, 1]);
});

test("a scan visits every index once from its start, wrapping around, leaving out skipped ones", (t) => {
  t.deepEqual([...scanFrom(5, 3, () => false)], [3, 4, 0, 1, 2]);
  t.deepEqual([...scanFrom(5, 3, (index) => index % 2 === 0)], [3, 1]);
  t.deepEqual([...scanFrom(0, 0, () => false)], []);
});
