import test from "ava";
import { isValidPathSegmentName, validateBindingUpdate, validateClusterRole, validateClusterRoleBinding, validateRole, validateRoleBinding } from "./rbac.ts";

const messages = (errors: { field: string; message: string }[]) => errors.map((error) => `${error.field}: ${error.message}`);
const roleRef = { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "view" };

test("rbac names are path segments, so system:controller names are valid", (t) => {
  t.deepEqual(isValidPathSegmentName("system:controller:job-controller"), []);
  t.deepEqual(isValidPathSegmentName(".."), ["may not be '..'"]);
  t.deepEqual(isValidPathSegmentName("a/b%"), ["may not contain '/'", "may not contain '%'"]);
});

test("a role rule needs verbs, api groups and resources, each named by its path", (t) => {
  t.deepEqual(messages(validateRole({ rules: [{ verbs: ["get"], apiGroups: [""], resources: ["pods"] }, {}] })), [
    "rules[1].verbs: Required value: verbs must contain at least one value",
    "rules[1].apiGroups: Required value: resource rules must supply at least one api group",
    "rules[1].resources: Required value: resource rules must supply at least one resource",
  ]);
});

test("only cluster roles may name non-resource URLs, and never together with resources", (t) => {
  t.deepEqual(messages(validateRole({ rules: [{ verbs: ["get"], nonResourceURLs: ["/healthz"] }] })), [
    'rules[0].nonResourceURLs: Invalid value: ["/healthz"]: namespaced rules cannot apply to non-resource URLs',
  ]);
  t.deepEqual(messages(validateClusterRole({ rules: [{ verbs: ["get"], nonResourceURLs: ["/api/*"] }] })), []);
  t.deepEqual(messages(validateClusterRole({ rules: [{ verbs: ["get"], nonResourceURLs: ["/api"], resources: ["pods"] }] })), [
    'rules[0].nonResourceURLs: Invalid value: ["/api"]: rules cannot apply to both regular resources and non-resource URLs',
  ]);
});

test("an aggregation rule needs a selector", (t) => {
  t.deepEqual(messages(validateClusterRole({ aggregationRule: { clusterRoleSelectors: [] } })), [
    "aggregationRule.clusterRoleSelectors: Required value: at least one clusterRoleSelector required if aggregationRule is non-nil",
  ]);
  t.deepEqual(messages(validateClusterRole({ aggregationRule: { clusterRoleSelectors: [{ matchLabels: { "rbac.example.com/aggregate-to-monitoring": "true" } }] } })), []);
});

test("bindings check their roleRef and subjects as Kubernetes words it", (t) => {
  t.deepEqual(messages(validateRoleBinding({ roleRef, subjects: [{ kind: "User", apiGroup: "rbac.authorization.k8s.io", name: "alice" }, { kind: "ServiceAccount", name: "default" }] })), []);
  t.deepEqual(messages(validateClusterRoleBinding({ roleRef: { ...roleRef, kind: "Role" }, subjects: [{ kind: "ServiceAccount", name: "default" }, { kind: "Robot", name: "r2" }] })), [
    'roleRef.kind: Unsupported value: "Role": supported values: "ClusterRole"',
    "subjects[0].namespace: Required value",
    'subjects[1].kind: Unsupported value: "Robot": supported values: "Group", "ServiceAccount", "User"',
  ]);
  t.deepEqual(messages(validateRoleBinding({ roleRef: { kind: "Role", name: "" }, subjects: [{ kind: "Group", apiGroup: "x", name: "" }] })), [
    'roleRef.apiGroup: Unsupported value: "": supported values: "rbac.authorization.k8s.io"',
    "roleRef.name: Required value",
    "subjects[0].name: Required value",
    'subjects[0].apiGroup: Unsupported value: "x": supported values: "rbac.authorization.k8s.io"',
  ]);
});

test("a binding's roleRef cannot change", (t) => {
  t.deepEqual(validateBindingUpdate({ roleRef }, { roleRef }), []);
  t.deepEqual(messages(validateBindingUpdate({ roleRef: { ...roleRef, name: "edit" } }, { roleRef })), [
        'roleRef: Invalid value: rbac.RoleRef{APIGroup:"rbac.authorization.k8s.io", Kind:"ClusterRole", Name:"edit"}: cannot change roleRef',
  ]);
});
