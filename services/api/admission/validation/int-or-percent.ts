// IntOrString bounds that may be a count or a percent (rollout surge, disruption budgets), with
// Kubernetes' ValidateNonnegativeIntOrPercent and IsNotMoreThan100Percent wording.
import type { FieldError } from "../../../../runtime/codec/field-error.ts";
import { regexError } from "../../../../runtime/validation/names.ts";
import { intOrStringValue, type IntOrStringMessage } from "../int-or-string.ts";
import { invalid } from "./field-errors.ts";
import { validateNonNegative } from "./numbers.ts";

export const PERCENT = /^[0-9]+%$/;
const PERCENT_MESSAGE = regexError("a valid percent string must be a numeric string followed by an ending '%'", "[0-9]+%", "1%", "93%");

export function validateIntOrPercent(value: IntOrStringMessage | null | undefined, field: string): FieldError[] {
  const resolved = intOrStringValue(value);
  if (typeof resolved === "string") return PERCENT.test(resolved) ? [] : [invalid(field, resolved, PERCENT_MESSAGE)];
  return validateNonNegative(resolved, field);
}

export function validateNotOver100Percent(value: IntOrStringMessage | null | undefined, field: string): FieldError[] {
  const resolved = intOrStringValue(value);
  const over = typeof resolved === "string" && PERCENT.test(resolved) && Number.parseInt(resolved, 10) > 100;
  return over ? [invalid(field, resolved, "must not be greater than 100%")] : [];
}
