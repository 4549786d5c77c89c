// Kubernetes' field.Required / Invalid / NotSupported / ... constructors, with their message
// forms ("Invalid value: \"Foo\": <detail>"), so API errors read as kubectl users know them.
import { fieldError, FieldErrorTypes, type FieldError } from "../../../../runtime/codec/field-error.ts";

function isStringMap(value: object): value is Record<string, string> {
  return !Array.isArray(value) && Object.values(value).every((item) => typeof item === "string");
}

/** Renders a bad value as Go's %q / %v / %#v would for the same Kubernetes field. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value !== "object") return String(value);
  if (isStringMap(value)) {
    const entries = Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${JSON.stringify(value[key])}`);
    return `map[string]string{${entries.join(", ")}}`;
  }
  return JSON.stringify(value);
}

function withDetail(body: string, detail: string): string {
  return detail ? `${body}: ${detail}` : body;
}

export function required(field: string, detail = ""): FieldError {
  return fieldError(FieldErrorTypes.required, field, withDetail("Required value", detail));
}

export function invalid(field: string, value: unknown, detail: string): FieldError {
  return fieldError(FieldErrorTypes.invalid, field, withDetail(`Invalid value: ${formatValue(value)}`, detail));
}

export function notSupported(field: string, value: unknown, supported: readonly string[]): FieldError {
  const values = [...supported].sort().map((item) => JSON.stringify(item)).join(", ");
  return fieldError(FieldErrorTypes.notSupported, field, `Unsupported value: ${formatValue(value)}: supported values: ${values}`);
}

export function duplicate(field: string, value: unknown): FieldError {
  return fieldError(FieldErrorTypes.duplicate, field, `Duplicate value: ${formatValue(value)}`);
}

export function tooLong(field: string, maxBytes: number): FieldError {
  return fieldError(FieldErrorTypes.tooLong, field, `Too long: may not be more than ${maxBytes} bytes`);
}

export function forbidden(field: string, detail: string): FieldError {
  return fieldError(FieldErrorTypes.forbidden, field, withDetail("Forbidden", detail));
}

/** One Invalid error per problem a names.ts check returned. */
export function invalidEach(field: string, value: unknown, problems: readonly string[]): FieldError[] {
  return problems.map((problem) => invalid(field, value, problem));
}

/** Required when empty, else NotSupported unless one of `supported`: Kubernetes' enum check. */
export function validateEnum(field: string, value: string | null | undefined, supported: readonly string[]): FieldError[] {
  if (!value) return [required(field)];
  return supported.includes(value) ? [] : [notSupported(field, value, supported)];
}
