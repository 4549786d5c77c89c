import test from "ava";
import { UsageError } from "../errors.ts";
import { parseWorkloadTarget } from "./workload-target.ts";

test("set takes KIND/NAME or KIND NAME and finds the pod template", (t) => {
  t.deepEqual(parseWorkloadTarget("env", ["deploy/web", "A=1"], false), { resource: "deployments", name: "web", podSpecPath: ["spec", "template", "spec"], rest: ["A=1"] });
  t.deepEqual(parseWorkloadTarget("env", ["statefulsets.apps", "db", "A=1"], false), { resource: "statefulsets", name: "db", podSpecPath: ["spec", "template", "spec"], rest: ["A=1"] });
  t.deepEqual(parseWorkloadTarget("image", ["pod/p", "c=i"], true).podSpecPath, ["spec"]);
});

test("set refuses kinds it does not change, pods for env and resources, and a missing name", (t) => {
  t.throws(() => parseWorkloadTarget("env", ["svc/web"], false), { instanceOf: UsageError, message: 'set env works on deployments, statefulsets, daemonsets and replicasets, not "svc"' });
  t.throws(() => parseWorkloadTarget("resources", ["pod/p"], false), { message: /not "pod"$/ });
  t.throws(() => parseWorkloadTarget("env", ["deploy"], false), { message: "set env takes KIND/NAME (or KIND NAME), such as deploy/web" });
});
