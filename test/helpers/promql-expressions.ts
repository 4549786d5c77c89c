// The PromQL a Grafana dashboard or a Prometheus rules file asks, in a form Prometheus' query API
// answers at one instant: Grafana's variables replaced ($__rate_interval -> 1m, a dashboard
// variable -> .*), an alert's final threshold comparison dropped (so a healthy cluster still
// returns the series the alert watches), absent(X) replaced by X.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export interface NamedExpression {
  /** Where it comes from: `dashboard.json: panel "Title" A` or `rules.yml: Alert`. */
  where: string;
  expr: string;
}

interface PanelJson {
  title?: string;
  targets?: { expr?: string; refId?: string }[];
  panels?: PanelJson[];
}

/** Grafana's built-in interval variables, then every other $variable or ${variable}. */
export function substituteGrafanaVariables(expr: string): string {
  return expr
    .replaceAll(/\$__rate_interval|\$\{__rate_interval\}|\$__interval|\$\{__interval\}/g, "1m")
    .replaceAll(/\$__range|\$\{__range\}/g, "5m")
    .replaceAll(/\$\{\w+(:\w+)?\}|\$\w+/g, ".*");
}

/** The expression an alert compares, without its last `> N` (`< 1`, `>= 0.9`, ...). */
export function withoutFinalComparison(expr: string): string {
  return expr.replace(/\s*(>=|<=|==|!=|>|<)\s*(bool\s+)?-?[\d.]+(e-?\d+)?\s*$/, "").trim();
}

/** The selectors inside absent(...): what an absent() alert expects to exist when all is well. */
export function absentSelectors(expr: string): string[] {
  return [...expr.matchAll(/absent\(([^()]+)\)/g)].map((match) => match[1].trim());
}

export function dashboardExpressions(dir: string): NamedExpression[] {
  const found: NamedExpression[] = [];
  const walk = (file: string, panels: readonly PanelJson[]) => {
    for (const panel of panels) {
      for (const target of panel.targets ?? []) if (target.expr) found.push({ where: `${file}: panel "${panel.title}" ${target.refId ?? ""}`.trim(), expr: substituteGrafanaVariables(target.expr) });
      walk(file, panel.panels ?? []);
    }
  };
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".json")).sort()) {
    walk(file, (JSON.parse(readFileSync(join(dir, file), "utf8")) as { panels: PanelJson[] }).panels);
  }
  return found;
}

export function alertRuleExpressions(dir: string): NamedExpression[] {
  const found: NamedExpression[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".rules.yml")).sort()) {
    const rules = parse(readFileSync(join(dir, file), "utf8")) as { groups: { rules: { alert?: string; record?: string; expr: string }[] }[] };
    for (const rule of rules.groups.flatMap((group) => group.rules)) {
      const where = `${file}: ${rule.alert ?? rule.record}`;
      const selectors = absentSelectors(rule.expr);
      if (selectors.length > 0) for (const selector of selectors) found.push({ where: `${where} (absent)`, expr: selector });
      else found.push({ where, expr: withoutFinalComparison(rule.expr) });
    }
  }
  return found;
}
