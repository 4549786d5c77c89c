// A problem with one field of an object, named by its path (spec.template.spec.containers[0].image)
// the way Kubernetes' field.Error does; the API turns a list of them into Status causes.

export const FieldErrorTypes = {
  required: "FieldValueRequired",
  invalid: "FieldValueInvalid",
  notSupported: "FieldValueNotSupported",
  duplicate: "FieldValueDuplicate",
  tooLong: "FieldValueTooLong",
  tooMany: "FieldValueTooMany",
  forbidden: "FieldValueForbidden",
  typeInvalid: "FieldValueTypeInvalid",
  unknown: "FieldValueUnknown",
} as const;
export type FieldErrorType = (typeof FieldErrorTypes)[keyof typeof FieldErrorTypes];

export interface FieldError {
  type: FieldErrorType;
  field: string;
  message: string;
}

export function fieldError(type: FieldErrorType, field: string, message: string): FieldError {
  return { type, field, message };
}

export function childPath(parent: string, name: string): string {
  return parent ? `${parent}.${name}` : name;
}

export function indexPath(parent: string, index: number | string): string {
  return `${parent}[${index}]`;
}

export function describeFieldErrors(errors: FieldError[]): string {
  return errors.map((error) => `${error.field}: ${error.message}`).join(", ");
}
