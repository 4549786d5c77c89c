// Labels, annotations and label selectors of any object, checked with the label syntax rules.
import { childPath, indexPath, type FieldError } from "../../../../runtime/codec/field-error.ts";
import { isQualifiedName, isValidLabelValue } from "../../../../runtime/validation/names.ts";
import { forbidden, invalid, invalidEach, required, tooLong } from "./field-errors.ts";

/** Kubernetes caps the annotations of one object at 256 KiB, keys and values together. */
export const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

const encoder = new TextEncoder();

export function validateLabelName(key: string, field: string): FieldError[] {
  return invalidEach(field, key, isQualifiedName(key));
}

/** Errors name the map (`metadata.labels`), not the key, as Kubernetes does. */
export function validateLabels(labels: Readonly<Record<string, string>> | null | undefined, field: string): FieldError[] {
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(labels ?? {})) {
    errors.push(...validateLabelName(key, field), ...invalidEach(field, value, isValidLabelValue(value)));
  }
  return errors;
}

export function validateAnnotations(annotations: Readonly<Record<string, string>> | null | undefined, field: string): FieldError[] {
  const errors: FieldError[] = [];
  let size = 0;
  for (const [key, value] of Object.entries(annotations ?? {})) {
    errors.push(...invalidEach(field, key, isQualifiedName(key.toLowerCase())));
    size += encoder.encode(key).length + encoder.encode(value).length;
  }
  if (size > TOTAL_ANNOTATION_SIZE_LIMIT) errors.push(tooLong(field, TOTAL_ANNOTATION_SIZE_LIMIT));
  return errors;
}

export interface LabelSelectorShape {
  matchLabels?: Record<string, string> | null;
  matchExpressions?: Array<{ key?: string | null; operator?: string | null; values?: string[] | null }> | null;
}

export function validateLabelSelector(selector: LabelSelectorShape | null | undefined, field: string): FieldError[] {
  if (!selector) return [];
  const errors = validateLabels(selector.matchLabels, childPath(field, "matchLabels"));
  (selector.matchExpressions ?? []).forEach((expression, index) => {
    const path = indexPath(childPath(field, "matchExpressions"), index);
    const values = expression.values ?? [];
    switch (expression.operator) {
      case "In":
      case "NotIn":
        if (values.length === 0) errors.push(required(childPath(path, "values"), "must be specified when `operator` is 'In' or 'NotIn'"));
        break;
      case "Exists":
      case "DoesNotExist":
        if (values.length > 0) errors.push(forbidden(childPath(path, "values"), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
        break;
      default:
        errors.push(invalid(childPath(path, "operator"), expression.operator ?? "", "not a valid selector operator"));
    }
    errors.push(...validateLabelName(expression.key ?? "", childPath(path, "key")));
    values.forEach((value, valueIndex) => errors.push(...invalidEach(indexPath(childPath(path, "values"), valueIndex), value, isValidLabelValue(value))));
  });
  return errors;
}

/** True when the selector has neither matchLabels nor matchExpressions. */
export function isEmptySelector(selector: LabelSelectorShape | null | undefined): boolean {
  return Object.keys(selector?.matchLabels ?? {}).length === 0 && (selector?.matchExpressions ?? []).length === 0;
}
