// metadata of every object: name (by the kind's naming rule), namespace, labels, annotations,
// owner references, finalizers; and the identity fields an update may not change.
import type { troupe } from "../../../../proto/gen/troupe.js";
import { childPath, indexPath, type FieldError } from "../../../../runtime/codec/field-error.ts";
import { isDns1123Label, isQualifiedName } from "../../../../runtime/validation/names.ts";
import { forbidden, invalid, invalidEach, required } from "./field-errors.ts";
import { validateAnnotations, validateLabels } from "./labels.ts";

type ObjectMeta = troupe.v1.ObjectMeta.$Properties;
type OwnerReference = troupe.v1.OwnerReference.$Properties;

/** A naming rule from runtime/validation/names.ts: problems with a name, none when valid. */
export type NameRule = (name: string) => string[];

export interface ObjectMetaOptions {
  nameRule: NameRule;
  namespaced: boolean;
}

// generateName is a prefix: its trailing dash will be followed by a suffix, so check it as if it were.
function maskTrailingDash(prefix: string): string {
  return prefix.length > 1 && prefix.endsWith("-") ? `${prefix.slice(0, -1)}a` : prefix;
}

function validateOwnerReferences(references: OwnerReference[] | null | undefined, field: string): FieldError[] {
  const errors: FieldError[] = [];
  const controllers: string[] = [];
  (references ?? []).forEach((reference, index) => {
    const path = indexPath(field, index);
    const apiVersion = reference.apiVersion ?? "";
    if (!apiVersion || apiVersion.endsWith("/")) errors.push(invalid(childPath(path, "apiVersion"), apiVersion, "version must not be empty"));
    if (!reference.kind) errors.push(invalid(childPath(path, "kind"), reference.kind ?? "", "kind must not be empty"));
    if (!reference.name) errors.push(invalid(childPath(path, "name"), reference.name ?? "", "name must not be empty"));
    if (!reference.uid) errors.push(invalid(childPath(path, "uid"), reference.uid ?? "", "uid must not be empty"));
    if (reference.controller === true) controllers.push(`${reference.kind ?? ""}/${reference.name ?? ""}`);
  });
  // Garbage collection and adoption follow the one controller; two would fight over the object.
  if (controllers.length > 1) {
    errors.push(invalid(field, controllers, `Only one reference can have Controller set to true. Found "true" in references for ${controllers[0]} and ${controllers[1]}`));
  }
  return errors;
}

function validateFinalizers(finalizers: string[] | null | undefined, field: string): FieldError[] {
  const list = finalizers ?? [];
  const errors = list.flatMap((finalizer, index) => invalidEach(indexPath(field, index), finalizer, isQualifiedName(finalizer)));
  if (list.includes("orphan") && list.includes("foregroundDeletion")) {
    errors.push(invalid(field, list, "finalizer orphan and foregroundDeletion cannot be both set"));
  }
  return errors;
}

export function validateObjectMeta(meta: ObjectMeta | null | undefined, options: ObjectMetaOptions): FieldError[] {
  const errors: FieldError[] = [];
  const name = meta?.name ?? "";
  const generateName = meta?.generateName ?? "";
  if (generateName) errors.push(...invalidEach("metadata.generateName", generateName, options.nameRule(maskTrailingDash(generateName))));
  if (name) errors.push(...invalidEach("metadata.name", name, options.nameRule(name)));
  else if (!generateName) errors.push(required("metadata.name", "name or generateName is required"));
  // The API fills the namespace in before admission; here only its form and its presence
  // on cluster-scoped kinds are checked.
  const namespace = meta?.namespace ?? "";
  if (namespace && !options.namespaced) errors.push(forbidden("metadata.namespace", "not allowed on this type"));
  else if (namespace) errors.push(...invalidEach("metadata.namespace", namespace, isDns1123Label(namespace)));
  errors.push(...validateLabels(meta?.labels, "metadata.labels"));
  errors.push(...validateAnnotations(meta?.annotations, "metadata.annotations"));
  errors.push(...validateOwnerReferences(meta?.ownerReferences, "metadata.ownerReferences"));
  errors.push(...validateFinalizers(meta?.finalizers, "metadata.finalizers"));
  return errors;
}

/** Identity never changes: an update that renames or re-creates the object is refused. */
export function validateObjectMetaUpdate(meta: ObjectMeta | null | undefined, old: ObjectMeta | null | undefined): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of ["name", "namespace", "uid", "creationTimestamp"] as const) {
    const value = meta?.[field] ?? "";
    if (value !== (old?.[field] ?? "")) errors.push(invalid(`metadata.${field}`, value, "field is immutable"));
  }
  return errors;
}
