import test from "ava";
import type { ClusterRoleObject } from "../resources.ts";
import { aggregatedRules, sameRules } from "./aggregated-rules.ts";

const role = (name: string, labels: Record<string, string>, rules: ClusterRoleObject["rules"], aggregateLabel?: string): ClusterRoleObject => ({
  metadata: { name, labels },
  rules,
  ...(aggregateLabel ? { aggregationRule: { clusterRoleSelectors: [{ matchLabels: { [aggregateLabel]: "true" } }] } } : {}),
});
const pods = { verbs: ["get"], apiGroups: [""], resources: ["pods"] };
const secrets = { verbs: ["get"], apiGroups: [""], resources: ["secrets"] };

test("an aggregated role gets the rules of the roles its selectors match, by name, each once", (t) => {
  const monitoring = role("monitoring", {}, [{ verbs: ["old"], apiGroups: [""], resources: ["x"] }], "example.com/aggregate-to-monitoring");
  const all = [
    monitoring,
    role("b-secrets", { "example.com/aggregate-to-monitoring": "true" }, [secrets, pods]),
    role("a-pods", { "example.com/aggregate-to-monitoring": "true" }, [pods]),
    role("unrelated", {}, [{ verbs: ["*"], apiGroups: ["*"], resources: ["*"] }]),
  ];
  const rules = aggregatedRules(monitoring, all);
  t.deepEqual(rules, [pods, secrets]);
  t.false(sameRules(monitoring.rules, rules ?? []));
  t.true(sameRules([pods, secrets], rules ?? []));
});

test("a role without an aggregation rule is left alone, and an aggregate never includes itself", (t) => {
  t.is(aggregatedRules(role("plain", {}, [pods]), []), undefined);
  const self = role("self", { "example.com/aggregate-to-self": "true" }, [pods], "example.com/aggregate-to-self");
  t.deepEqual(aggregatedRules(self, [self]), []);
});
