import test from "ava";
import { impersonatedUser, impersonationChecks, impersonationOf } from "./impersonation.ts";

const alice = { username: "alice", groups: ["system:authenticated"] };

test("impersonation headers name a user and a JSON array of groups", (t) => {
  t.is(impersonationOf(undefined, undefined), undefined);
  t.deepEqual(impersonationOf("bob", '["dev","ops"]'), { user: "bob", groups: ["dev", "ops"] });
  t.throws(() => impersonationOf("bob", "dev"), { message: "Troupe-Impersonate-Group must be a JSON array of strings" });
  t.throws(() => impersonationOf(undefined, '["dev"]'), { message: 'requested [{"kind":"Group","name":"dev"}] without impersonating a user' });
});

test("impersonating checks impersonate on the user or service account and on each group", (t) => {
  const checks = impersonationChecks(alice, { user: "system:serviceaccount:a:robot", groups: ["dev"] });
  t.deepEqual(checks.map((check) => [check.verb, check.resource, check.namespace, check.name]), [
    ["impersonate", "serviceaccounts", "a", "robot"],
    ["impersonate", "groups", "", "dev"],
  ]);
  t.deepEqual(impersonationChecks(alice, { user: "bob", groups: [] }).map((check) => [check.resource, check.name]), [["users", "bob"]]);
});

test("an impersonated user gets system:authenticated, and a service account its groups", (t) => {
  t.deepEqual(impersonatedUser({ user: "bob", groups: ["dev"] }), { username: "bob", groups: ["dev", "system:authenticated"] });
  t.deepEqual(impersonatedUser({ user: "system:serviceaccount:a:robot", groups: [] }).groups, ["system:serviceaccounts", "system:serviceaccounts:a", "system:authenticated"]);
  t.deepEqual(impersonatedUser({ user: "system:anonymous", groups: [] }).groups, []);
});
