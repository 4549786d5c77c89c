import test from "ava";
import { compactRule, uncoveredRules } from "./escalation.ts";

const edit = [
  { verbs: ["get", "list", "watch", "create", "update", "patch", "delete"], apiGroups: [""], resources: ["pods", "configmaps", "secrets"] },
  { verbs: ["update"], apiGroups: ["apps"], resources: ["*/scale"] },
  { verbs: ["get"], nonResourceURLs: ["/api/*"] },
];

test("rules one holds can be granted; more cannot, and the missing pieces are named", (t) => {
  t.deepEqual(uncoveredRules(edit, [{ verbs: ["get", "list"], apiGroups: [""], resources: ["pods", "secrets"] }]), []);
  t.deepEqual(uncoveredRules(edit, [{ verbs: ["update"], apiGroups: ["apps"], resources: ["deployments/scale"] }]), []);
  t.deepEqual(uncoveredRules(edit, [{ verbs: ["get"], nonResourceURLs: ["/api/v1"] }]), []);
  const missing = uncoveredRules(edit, [{ verbs: ["get", "escalate"], apiGroups: ["", "rbac.authorization.k8s.io"], resources: ["roles"] }]);
  t.deepEqual(missing.map(compactRule), [
    '{APIGroups:[""], Resources:["roles"], Verbs:["get"]}',
    '{APIGroups:[""], Resources:["roles"], Verbs:["escalate"]}',
    '{APIGroups:["rbac.authorization.k8s.io"], Resources:["roles"], Verbs:["get"]}',
    '{APIGroups:["rbac.authorization.k8s.io"], Resources:["roles"], Verbs:["escalate"]}',
  ]);
  t.is(uncoveredRules([{ verbs: ["*"], apiGroups: ["*"], resources: ["*"] }, { verbs: ["*"], nonResourceURLs: ["*"] }], edit).length, 0);
});

test("a rule narrowed to names does not cover one for every object", (t) => {
  const named = [{ verbs: ["get"], apiGroups: [""], resources: ["configmaps"], resourceNames: ["app"] }];
  t.deepEqual(uncoveredRules(named, [{ verbs: ["get"], apiGroups: [""], resources: ["configmaps"], resourceNames: ["app"] }]), []);
  t.is(uncoveredRules(named, [{ verbs: ["get"], apiGroups: [""], resources: ["configmaps"] }]).length, 1);
});
