// A label selector in the string form Scale.status.selector carries (app=web,tier in (a,b)),
// which label-selector.ts parses back.

interface SelectorJson {
  matchLabels?: Readonly<Record<string, unknown>> | null;
  matchExpressions?: ReadonlyArray<{ key?: string | null; operator?: string | null; values?: readonly string[] | null }> | null;
}

export function selectorString(selector: SelectorJson | undefined | null): string {
  if (!selector) return "";
  const parts = Object.entries(selector.matchLabels ?? {}).map(([key, value]) => `${key}=${String(value)}`);
  for (const expression of selector.matchExpressions ?? []) {
    const key = expression.key ?? "";
    const values = (expression.values ?? []).join(",");
    if (expression.operator === "In") parts.push(`${key} in (${values})`);
    else if (expression.operator === "NotIn") parts.push(`${key} notin (${values})`);
    else if (expression.operator === "Exists") parts.push(key);
    else if (expression.operator === "DoesNotExist") parts.push(`!${key}`);
  }
  return parts.join(",");
}
