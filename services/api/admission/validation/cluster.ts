// Light checks for Namespaces, Nodes, Events and Leases.
import type { troupe } from "../../../../proto/gen/troupe.js";
import { childPath, indexPath, type FieldError } from "../../../../runtime/codec/field-error.ts";
import { isQualifiedName, isValidLabelValue } from "../../../../runtime/validation/names.ts";
import { duplicate, invalid, invalidEach, notSupported, required, validateEnum } from "./field-errors.ts";
import { validateLabelName } from "./labels.ts";
import { validateNonNegative, validatePositive } from "./numbers.ts";
import { validateQuantity } from "./resources.ts";

type Namespace = troupe.v1.Namespace.$Properties;
type Node = troupe.v1.Node.$Properties;
type Event = troupe.v1.Event.$Properties;
type Lease = troupe.v1.Lease.$Properties;

const TAINT_EFFECTS = ["NoSchedule", "PreferNoSchedule", "NoExecute"];
const STANDARD_NAMESPACE_FINALIZERS = new Set(["kubernetes"]);

export function validateNamespace(namespace: Namespace): FieldError[] {
  const errors: FieldError[] = [];
  (namespace.spec?.finalizers ?? []).forEach((finalizer, index) => {
    const path = indexPath("spec.finalizers", index);
    const problems = isQualifiedName(finalizer);
    if (problems.length > 0) errors.push(...invalidEach(path, finalizer, problems));
    else if (!finalizer.includes("/") && !STANDARD_NAMESPACE_FINALIZERS.has(finalizer)) {
      errors.push(invalid(path, finalizer, "name is neither a standard finalizer name nor is it fully qualified"));
    }
  });
  return errors;
}

export function validateNode(node: Node): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  (node.spec?.taints ?? []).forEach((taint, index) => {
    const path = indexPath("spec.taints", index);
    const key = taint.key ?? "";
    const value = taint.value ?? "";
    errors.push(...validateLabelName(key, childPath(path, "key")));
    const problems = isValidLabelValue(value);
    if (problems.length > 0) errors.push(invalid(childPath(path, "value"), value, problems.join(";")));
    errors.push(...validateEnum(childPath(path, "effect"), taint.effect, TAINT_EFFECTS));
    const identity = `${key}:${taint.effect ?? ""}`;
    if (seen.has(identity)) {
      const error = duplicate(path, `${key}=${value}:${taint.effect ?? ""}`);
      errors.push({ ...error, message: `${error.message}: taints must be unique by key and effect pair` });
    }
    seen.add(identity);
  });
  for (const field of ["capacity", "allocatable"] as const) {
    for (const [name, quantity] of Object.entries(node.status?.[field] ?? {})) {
      errors.push(...validateQuantity(quantity, indexPath(`status.${field}`, name)));
    }
  }
  return errors;
}

export function validateEvent(event: Event): FieldError[] {
  const involved = event.involvedObject ?? {};
  const errors: FieldError[] = [];
  if (!involved.kind) errors.push(required("involvedObject.kind"));
  if (!involved.name) errors.push(required("involvedObject.name"));
  // An event lives with the object it is about; cluster-scoped objects' events go to "default".
  const namespace = event.metadata?.namespace ?? "";
  const involvedNamespace = involved.namespace ?? "";
  const matches = involvedNamespace ? namespace === involvedNamespace : namespace === "" || namespace === "default";
  if (!matches) errors.push(invalid("involvedObject.namespace", involvedNamespace, "does not match event.namespace"));
  if (event.type && event.type !== "Normal" && event.type !== "Warning") errors.push(notSupported("type", event.type, ["Normal", "Warning"]));
  return errors;
}

export function validateLease(lease: Lease): FieldError[] {
  return [
    ...validatePositive(lease.spec?.leaseDurationSeconds, "spec.leaseDurationSeconds"),
    ...validateNonNegative(lease.spec?.leaseTransitions, "spec.leaseTransitions"),
  ];
}
