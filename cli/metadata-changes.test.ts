import test from "ava";
import { UsageError } from "./errors.ts";
import { applyChanges, OverwriteRefusedError, parseChanges, splitChangeArguments } from "./metadata-changes.ts";

test("label arguments split into the resource words and the changes", (t) => {
  t.deepEqual(splitChangeArguments(["pods", "web", "tier=front", "old-"]), { resources: ["pods", "web"], changes: ["tier=front", "old-"] });
  t.deepEqual(splitChangeArguments(["deploy/web", "a="]), { resources: ["deploy/web"], changes: ["a="] });
});

test("key=value sets, key- removes, and an argument of neither shape is refused", (t) => {
  t.deepEqual(parseChanges(["a=1", "b=", "c-"]), { set: { a: "1", b: "" }, remove: ["c"] });
  t.throws(() => parseChanges(["=x"]), { instanceOf: UsageError, message: /invalid argument "=x"/ });
  t.throws(() => parseChanges(["a=1", "a-"]), { instanceOf: UsageError, message: /both modify and remove the key "a"/ });
});

test("changing an existing value needs overwrite, with kubectl's message", (t) => {
  const changes = parseChanges(["tier=back"]);
  t.throws(() => applyChanges({ tier: "front" }, changes, false), { instanceOf: OverwriteRefusedError, message: "'tier' already has a value (front), and --overwrite is false" });
  t.deepEqual(applyChanges({ tier: "front" }, changes, true).patch, { tier: "back" });
});

test("the patch holds only what differs: the same value again and removing a missing key change nothing", (t) => {
  const same = applyChanges({ tier: "front" }, parseChanges(["tier=front", "gone-"]), false);
  t.is(same.patch, undefined);
  t.deepEqual(same.missing, ["gone"]);
  const removed = applyChanges({ tier: "front", app: "web" }, parseChanges(["tier-", "new=1"]), false);
  t.deepEqual(removed.patch, { tier: null, new: "1" });
  t.deepEqual(removed.result, { app: "web", new: "1" });
});
