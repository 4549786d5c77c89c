import test from "ava";
import { unschedulableMessage } from "./fit-error.ts";

test("reasons are counted and sorted as strings, the way kube-scheduler prints them", (t) => {
  t.is(unschedulableMessage(3, { "Insufficient cpu": 3 }), "0/3 nodes are available: 3 Insufficient cpu.");
  t.is(
    unschedulableMessage(12, { "Insufficient memory": 2, "node(s) were unschedulable": 10 }),
    "0/12 nodes are available: 10 node(s) were unschedulable, 2 Insufficient memory.",
  );
});

test("an empty cluster says no nodes are available", (t) => {
  t.is(unschedulableMessage(0, {}), "no nodes available to schedule pods");
});
