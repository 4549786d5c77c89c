import test from "ava";
import { LIST_WIDTH_ENTRIES, ListWidths, widthOfReply } from "./list-width.ts";

test("a list takes a seat per 20 kB of its last reply, from 1 to 10", (t) => {
  t.is(widthOfReply(0), 1);
  t.is(widthOfReply(20_000), 1);
  t.is(widthOfReply(20_001), 2);
  t.is(widthOfReply(5_000_000), 10);
});

test("the estimate is the same caller's same list last time; the oldest are forgotten", (t) => {
  const widths = new ListWidths();
  t.is(widths.estimate("alice|pods"), 1);
  widths.observe("alice|pods", 45_000);
  t.is(widths.estimate("alice|pods"), 3);
  widths.observe("alice|pods", 100);
  t.is(widths.estimate("alice|pods"), 1);
  widths.observe("first", 100_000);
  for (let i = 0; i < LIST_WIDTH_ENTRIES; i++) widths.observe(`list-${i}`, 100_000);
  t.is(widths.estimate("first"), 1);
  t.is(widths.estimate(`list-${LIST_WIDTH_ENTRIES - 1}`), 5);
});
