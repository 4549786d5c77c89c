import test from "ava";
import { absentSelectors, substituteGrafanaVariables, withoutFinalComparison } from "./helpers/promql-expressions.ts";

test("Grafana variables become an interval or a match-all regex", (t) => {
  t.is(substituteGrafanaVariables('sum(rate(x{a=~"$node", b=~"${service}"}[$__rate_interval]))'), 'sum(rate(x{a=~".*", b=~".*"}[1m]))');
  t.is(substituteGrafanaVariables("increase(x[$__range]) / $__interval"), "increase(x[5m]) / 1m");
});

test("an alert's final threshold is dropped, the rest kept", (t) => {
  t.is(withoutFinalComparison("max by (lease) (troupe_leader_is_leader) < 1"), "max by (lease) (troupe_leader_is_leader)");
  t.is(withoutFinalComparison("a / max by (s) (b > 0) > 0.9"), "a / max by (s) (b > 0)");
  t.is(withoutFinalComparison("up"), "up");
});

test("absent() alerts are checked through the selectors they watch", (t) => {
  t.deepEqual(absentSelectors('label_replace(absent(x{lease="a"}), "lease", "a", "", "") or absent(y)'), ['x{lease="a"}', "y"]);
});
