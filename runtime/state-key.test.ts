import test from "ava";
import { parseStateKey, stateKey } from "./subjects.ts";

test("state keys keep DNS names as they are and escape the bytes KV keys refuse", (t) => {
  t.is(stateKey("pods", "default", "web-1.a"), "pods.default.web-1.a");
  t.is(stateKey("clusterroles", undefined, "system:discovery"), "clusterroles._.system=3Adiscovery");
  t.is(stateKey("roles", "a", "é x"), "roles.a.=C3=A9=20x");
  for (const name of ["system:controller:job-controller", "web-1.a", "é x", "a=b"]) {
    t.deepEqual(parseStateKey(stateKey("roles", "ns", name)), { resource: "roles", namespace: "ns", name });
  }
  t.regex(stateKey("roles", "ns", "a=b"), /^[-/_=.a-zA-Z0-9]+$/);
});
