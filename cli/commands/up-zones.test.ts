import test from "ava";
import { zoneList } from "./up.ts";

test("--zones takes distinct zone names that are label values", (t) => {
  t.deepEqual(zoneList(undefined), []);
  t.deepEqual(zoneList("a,b,c"), ["a", "b", "c"]);
  t.throws(() => zoneList("a,,b"), { message: '--zones: zone "" must not be empty' });
  t.throws(() => zoneList("a,a"), { message: '--zones: each zone may be named once, not "a,a"' });
  t.throws(() => zoneList("eu west"), { message: /^--zones: zone "eu west" / });
});
