import test from "ava";
import { DEFAULT_PRIORITY_LEVELS } from "./defaults.ts";
import { nominalSeats } from "./seats.ts";

test("each limited level gets its share of the total seats, rounded up", (t) => {
  const seats = nominalSeats(DEFAULT_PRIORITY_LEVELS, 200);
  t.deepEqual(Object.fromEntries(seats), { system: 26, "node-high": 35, "workload-high": 35, "workload-low": 86, "global-default": 18, "catch-all": 5 });
  t.false(seats.has("exempt"));
  t.is(nominalSeats(DEFAULT_PRIORITY_LEVELS, 10).get("catch-all"), 1);
});
