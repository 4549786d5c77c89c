import test from "ava";
import { WaitSyntaxError, parseWaitFor, waitMet } from "./wait-condition.ts";

const deployment = { apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "x" }, status: { readyReplicas: 3, conditions: [{ type: "Available", status: "True" }] } };

test("wait --for condition, delete and jsonpath parse and evaluate as kubectl's", (t) => {
  t.true(waitMet(deployment, parseWaitFor("condition=Available")));
  t.false(waitMet(deployment, parseWaitFor("condition=Available=false")));
  t.true(waitMet(deployment, parseWaitFor("jsonpath={.status.readyReplicas}=3")));
  t.false(waitMet(deployment, parseWaitFor("jsonpath='{.status.readyReplicas}'=2")));
  t.true(waitMet(undefined, parseWaitFor("delete")));
  t.false(waitMet(deployment, parseWaitFor("delete")));
});

test("wait refuses a --for it does not understand, naming the syntax", (t) => {
  t.throws(() => parseWaitFor("ready"), { instanceOf: WaitSyntaxError, message: /unrecognized --for "ready"/ });
  t.throws(() => parseWaitFor("jsonpath=.status"), { instanceOf: WaitSyntaxError });
  t.throws(() => parseWaitFor("condition="), { instanceOf: WaitSyntaxError });
});
