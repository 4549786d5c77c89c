// Range checks on integer fields, worded as Kubernetes words them.
import type { FieldError } from "../../../../runtime/codec/field-error.ts";
import { invalid } from "./field-errors.ts";

export const PORT_RANGE_MESSAGE = "must be between 1 and 65535, inclusive";

export function validateNonNegative(value: number | null | undefined, field: string): FieldError[] {
  return typeof value === "number" && value < 0 ? [invalid(field, value, "must be greater than or equal to 0")] : [];
}

export function validatePositive(value: number | null | undefined, field: string): FieldError[] {
  return typeof value === "number" && value <= 0 ? [invalid(field, value, "must be greater than 0")] : [];
}

export function isValidPortNumber(port: number): boolean {
  return Number.isInteger(port) && port >= 1 && port <= 65535;
}

/** A port 1-65535 (unset reads as 0 and so is invalid, as in Kubernetes). */
export function validatePortNumber(port: number | null | undefined, field: string): FieldError[] {
  return isValidPortNumber(port ?? 0) ? [] : [invalid(field, port ?? 0, PORT_RANGE_MESSAGE)];
}
