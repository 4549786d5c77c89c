import test from "ava";
import { WaitSyntaxError } from "./wait-condition.ts";
import { parseWaitTargets } from "./wait-targets.ts";

test("wait takes several KIND/NAME, KIND NAME... or KIND with a selector", (t) => {
  t.deepEqual(parseWaitTargets(["deploy/a", "sts/b"], undefined), { kind: "names", refs: [{ type: "deploy", name: "a" }, { type: "sts", name: "b" }] });
  t.deepEqual(parseWaitTargets(["deploy", "a", "b"], undefined), { kind: "names", refs: [{ type: "deploy", name: "a" }, { type: "deploy", name: "b" }] });
  t.deepEqual(parseWaitTargets(["pods"], "app=web"), { kind: "selector", type: "pods", selector: "app=web" });
});

test("wait refuses names with a selector, a kind without names and mixed forms with kubectl's texts", (t) => {
  t.throws(() => parseWaitTargets(["pods", "x"], "app=web"), { instanceOf: WaitSyntaxError, message: "name cannot be provided when a selector is specified" });
  t.throws(() => parseWaitTargets(["pod/x"], "app=web"), { message: "name cannot be provided when a selector is specified" });
  t.throws(() => parseWaitTargets(["pods"], undefined), { message: /^resource\(s\) were provided, but no name was specified/ });
  t.throws(() => parseWaitTargets(["deploy", "deploy/a"], undefined), { message: /^there is no need to specify a resource type/ });
  t.throws(() => parseWaitTargets([], undefined), { message: "you must provide one or more resources by argument or filename" });
  t.throws(() => parseWaitTargets(["deploy/a/b"], undefined), { message: '"deploy/a/b" is not KIND/NAME' });
});
