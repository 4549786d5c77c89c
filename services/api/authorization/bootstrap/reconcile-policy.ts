// Keeps the default policy in place at every API start, as kube-apiserver's RBAC post-start hook
// does: a missing role or binding is created; one marked autoupdate (not "false") gets back the
// rules, labels, annotations and subjects the policy gives it, keeping whatever was added. The
// decisions are pure; ensureBootstrapPolicy applies them.
import { AlreadyExistsError, ConflictError } from "../../../../runtime/api-errors.ts";
import type { ApiObject } from "../../../../runtime/store/object-repository.ts";
import type { ApiContext } from "../../api-context.ts";
import { createObject } from "../../operations/create.ts";
import { updateObject } from "../../operations/update.ts";
import { CLUSTER_ROLE_BINDINGS, CLUSTER_ROLES } from "../rbac/rbac-index.ts";
import type { BindingObject, PolicyRule, RoleObject, Subject } from "../rbac/types.ts";
import { AUTOUPDATE_ANNOTATION, BOOTSTRAP_CLUSTER_ROLE_BINDINGS, BOOTSTRAP_CLUSTER_ROLES } from "./bootstrap-policy.ts";

type Meta = { labels?: Record<string, string> | null; annotations?: Record<string, string> | null };
export type Reconciled<T> = { action: "create"; object: T } | { action: "update"; object: T } | { action: "none" };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function mergedMeta<T extends { metadata?: Meta | null }>(existing: T, wanted: T): { metadata: Meta; changed: boolean } {
  const labels = { ...existing.metadata?.labels, ...wanted.metadata?.labels };
  const annotations = { ...existing.metadata?.annotations, ...wanted.metadata?.annotations };
  const changed = !same(labels, existing.metadata?.labels ?? {}) || !same(annotations, existing.metadata?.annotations ?? {});
  return { metadata: { ...existing.metadata, labels, annotations }, changed };
}

const autoupdate = (object: { metadata?: Meta | null }) => object.metadata?.annotations?.[AUTOUPDATE_ANNOTATION] !== "false";

export function reconcileClusterRole<T extends RoleObject & { metadata?: Meta | null }>(existing: T | undefined, wanted: T): Reconciled<T> {
  if (!existing) return { action: "create", object: structuredClone(wanted) };
  if (!autoupdate(existing)) return { action: "none" };
  const { metadata, changed } = mergedMeta(existing, wanted);
  // An aggregated role's rules belong to the aggregation controller.
  const missing = wanted.aggregationRule ? [] : (wanted.rules ?? []).filter((rule) => !(existing.rules ?? []).some((have) => same(have, rule)));
  const aggregationChanged = Boolean(wanted.aggregationRule) && !same(existing.aggregationRule, wanted.aggregationRule);
  if (!changed && missing.length === 0 && !aggregationChanged) return { action: "none" };
  const rules: PolicyRule[] = [...(existing.rules ?? []), ...missing];
  return { action: "update", object: { ...existing, metadata, rules, ...(wanted.aggregationRule ? { aggregationRule: wanted.aggregationRule } : {}) } };
}

export function reconcileBinding<T extends BindingObject & { metadata?: Meta | null }>(existing: T | undefined, wanted: T): Reconciled<T> {
  if (!existing) return { action: "create", object: structuredClone(wanted) };
  if (!autoupdate(existing)) return { action: "none" };
  const { metadata, changed } = mergedMeta(existing, wanted);
  const subjects: Subject[] = [...(existing.subjects ?? [])];
  for (const subject of wanted.subjects ?? []) if (!subjects.some((have) => same({ ...have, namespace: have.namespace || "" }, { ...subject, namespace: subject.namespace || "" }))) subjects.push(subject);
  if (!changed && subjects.length === (existing.subjects ?? []).length) return { action: "none" };
  return { action: "update", object: { ...existing, metadata, subjects } };
}

async function apply<T extends ApiObject>(ctx: ApiContext, info: typeof CLUSTER_ROLES, wanted: T, decide: (existing: T | undefined, wanted: T) => Reconciled<T>): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const existing = (await ctx.repo.get<T>(info, undefined, wanted.metadata?.name ?? "", { fresh: attempt > 0 }))?.object;
    const decision = decide(existing, wanted);
    try {
      if (decision.action === "create") await createObject(ctx, info, decision.object);
      else if (decision.action === "update") await updateObject(ctx, info, decision.object, "main");
      return;
    } catch (error) {
      // Another API replica got there first: decide again on what it wrote.
      if (!(error instanceof AlreadyExistsError) && !(error instanceof ConflictError)) throw error;
    }
  }
}

export async function ensureBootstrapPolicy(ctx: ApiContext): Promise<void> {
  for (const role of BOOTSTRAP_CLUSTER_ROLES) await apply(ctx, CLUSTER_ROLES, role as unknown as ApiObject, reconcileClusterRole);
  for (const binding of BOOTSTRAP_CLUSTER_ROLE_BINDINGS) await apply(ctx, CLUSTER_ROLE_BINDINGS, binding as unknown as ApiObject, reconcileBinding);
}
