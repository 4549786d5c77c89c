import test from "ava";
import { LabelLimiter } from "./label-limiter.ts";

test("the label limiter admits keys up to its capacity and keeps admitting the known ones", (t) => {
  const limiter = new LabelLimiter(2);
  t.true(limiter.admit("orders.create"));
  t.true(limiter.admit("orders.get"));
  t.false(limiter.admit("orders.delete"));
  t.true(limiter.admit("orders.create"));
  t.false(limiter.admit("random.x"));
});
