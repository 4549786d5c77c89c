// IntOrString fields (ports, surge percentages) arrive as `{intVal}` or `{strVal}`; decoded
// messages carry null for the half that is unset, so read them through one helper.

export interface IntOrStringMessage {
  intVal?: number | null;
  strVal?: string | null;
}

/** The number or string held, or undefined when neither half is set. */
export function intOrStringValue(value: IntOrStringMessage | null | undefined): number | string | undefined {
  if (!value) return undefined;
  if (typeof value.strVal === "string" && value.strVal !== "") return value.strVal;
  if (typeof value.intVal === "number") return value.intVal;
  if (typeof value.strVal === "string") return value.strVal;
  return undefined;
}
