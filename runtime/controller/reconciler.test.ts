import test from "ava";
import { ConflictError, NotFoundError } from "../api-errors.ts";
import { RevisionConflictError } from "../store/errors.ts";
import { isConflict, keyOf, parseKey, requestOf } from "./reconciler.ts";

test("namespaced keys are namespace/name and cluster-scoped keys the bare name, both round-tripping", (t) => {
  t.is(keyOf({ namespace: "default", name: "web" }), "default/web");
  t.is(keyOf({ namespace: "", name: "node-1" }), "node-1");
  t.deepEqual(parseKey("default/web"), { namespace: "default", name: "web" });
  t.deepEqual(parseKey("node-1"), { namespace: "", name: "node-1" });
  t.deepEqual(requestOf({ metadata: { name: "web", namespace: "prod" } }), { namespace: "prod", name: "web" });
  t.deepEqual(requestOf({ metadata: { name: "node-1" } }), { namespace: "", name: "node-1" });
});

test("only errors with reason Conflict count as lost conflicts", (t) => {
  t.true(isConflict(new ConflictError("pods", "web")));
  t.true(isConflict({ reason: "Conflict", message: "from a JSON Status" }));
  t.false(isConflict(new NotFoundError("pods", "web")));
  t.false(isConflict(new RevisionConflictError("pods.default.web", 3)));
  t.false(isConflict(undefined));
});
