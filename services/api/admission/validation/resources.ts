// Resource quantities and container resource requirements (requests never above limits).
import type { FieldError } from "../../../../runtime/codec/field-error.ts";
import { childPath, indexPath } from "../../../../runtime/codec/field-error.ts";
import { isValidQuantity, parseQuantity, QUANTITY_FORMAT_MESSAGE } from "../../../../runtime/quantity.ts";
import { isQualifiedName } from "../../../../runtime/validation/names.ts";
import { invalid, invalidEach } from "./field-errors.ts";

const STANDARD_CONTAINER_RESOURCES = new Set(["cpu", "memory", "ephemeral-storage"]);

export function validateQuantity(value: string, field: string): FieldError[] {
  if (!isValidQuantity(value)) return [invalid(field, value, QUANTITY_FORMAT_MESSAGE)];
  return parseQuantity(value) < 0 ? [invalid(field, value, "must be greater than or equal to 0")] : [];
}

export function validatePositiveQuantity(value: string, field: string): FieldError[] {
  const errors = validateQuantity(value, field);
  if (errors.length === 0 && parseQuantity(value) === 0) errors.push(invalid(field, value, "must be greater than zero"));
  return errors;
}

// Extended resources (example.com/gpu) are qualified names; bare names must be standard ones.
function validateContainerResourceName(name: string, field: string): FieldError[] {
  const errors = invalidEach(field, name, isQualifiedName(name));
  if (!name.includes("/") && !STANDARD_CONTAINER_RESOURCES.has(name) && !name.startsWith("hugepages-")) {
    errors.push(invalid(field, name, "must be a standard resource for containers"));
  }
  return errors;
}

export interface ResourceRequirementsShape {
  limits?: Record<string, string> | null;
  requests?: Record<string, string> | null;
}

export function validateResourceRequirements(resources: ResourceRequirementsShape | null | undefined, field: string): FieldError[] {
  const errors: FieldError[] = [];
  const limits = resources?.limits ?? {};
  for (const [name, quantity] of Object.entries(limits)) {
    const path = indexPath(childPath(field, "limits"), name);
    errors.push(...validateContainerResourceName(name, path), ...validateQuantity(quantity, path));
  }
  for (const [name, quantity] of Object.entries(resources?.requests ?? {})) {
    const path = indexPath(childPath(field, "requests"), name);
    const problems = [...validateContainerResourceName(name, path), ...validateQuantity(quantity, path)];
    errors.push(...problems);
    const limit = limits[name];
    if (problems.length > 0 || limit === undefined || !isValidQuantity(limit)) continue;
    if (parseQuantity(quantity) > parseQuantity(limit)) {
      errors.push(invalid(path, quantity, `must be less than or equal to ${name} limit of ${limit}`));
    }
  }
  return errors;
}
