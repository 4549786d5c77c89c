// create: a new object under a name nobody holds (KV create), with system metadata set here.
import { randomInt } from "node:crypto";
import { AlreadyExistsError } from "../../../runtime/api-errors.ts";
import type { ResourceInfo } from "../../../runtime/codec/resources.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import { kubernetesTime } from "../../../runtime/kubernetes-time.ts";
import type { ApiContext } from "../api-context.ts";
import { allocateFor, checkAllocationRanges, settleWith } from "./allocations.ts";
import { admitQuota, recountQuotas } from "../admission/resources/quota-admission.ts";
import { admitResources } from "../admission/resources/resource-admission.ts";
import { admitServiceAccount } from "../admission/service-account-admission.ts";
import { admitStorageOnCreate } from "../admission/storage-admission.ts";
import { admitPriorityOnCreate } from "../admission/priority-admission.ts";
import { admitVerticalPodAutoscaler } from "../admission/vpa-admission.ts";
import type { AdmissionFeedback } from "../admission/admission-feedback.ts";
import { admitPodSecurity } from "../admission/pod-security/pod-security-admission.ts";
import { initialStatus, setPodQosClass } from "./initial-status.ts";
import { recordOwnership, type OwnershipOptions } from "./ownership.ts";
import { admit, checkSize, metaOf, normalizeNamespace, requireNamespace, setTypeMeta, translateStoreErrors } from "./object-rules.ts";

export interface WriteOptions extends OwnershipOptions {
  dryRun?: boolean;
  /** Where admission's warnings and audit annotations go; requests from clients carry one, and
   * only they are judged by Pod Security admission (not the API's own bind and evict writes). */
  feedback?: AdmissionFeedback;
}

// Kubernetes' generateName alphabet: no vowels (no accidental words), no confusable characters.
const SUFFIX_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

function generatedName(prefix: string): string {
  let suffix = "";
  for (let i = 0; i < 5; i++) suffix += SUFFIX_ALPHABET[randomInt(SUFFIX_ALPHABET.length)];
  return `${prefix}${suffix}`;
}

/** Prepares a new object: type and system metadata, initial status, defaults, validation. */
export async function prepareCreate(ctx: ApiContext, info: ResourceInfo, object: ApiObject, requestNamespace?: string): Promise<ApiObject> {
  setTypeMeta(info, object);
  normalizeNamespace(info, object, requestNamespace);
  const meta = metaOf(object);
  if (!meta.name && meta.generateName) meta.name = generatedName(meta.generateName);
  meta.uid = ctx.newUid();
  meta.creationTimestamp = kubernetesTime(ctx.now());
  meta.generation = 1;
  meta.resourceVersion = "";
  meta.deletionTimestamp = "";
  meta.deletionGracePeriodSeconds = null;
  initialStatus(info, object);
  // Requires the namespace first, so a pod in a missing namespace says so rather than naming its ServiceAccount.
  if (ctx.serviceAccountAdmission) await requireNamespace(ctx, info, object);
  await admitServiceAccount(ctx, info, object);
  await admitVerticalPodAutoscaler(ctx, info, object);
  admit(info, object, "create");
  await admitResources(ctx.repo, info, object);
  setPodQosClass(info, object);
  checkSize(ctx, info, object);
  await requireNamespace(ctx, info, object);
  await admitStorageOnCreate(ctx, info, object);
  await admitPriorityOnCreate(ctx, info, object);
  return object;
}

/** Tries for a free generated name: 27^5 suffixes make a clash likely once a few thousand objects share a prefix. */
const GENERATED_NAME_ATTEMPTS = 8;

export async function createObject(ctx: ApiContext, info: ResourceInfo, object: ApiObject, options: WriteOptions = {}): Promise<ApiObject> {
  const generated = !object.metadata?.name && Boolean(object.metadata?.generateName);
  for (let attempt = 1; ; attempt++) {
    // A generated name may be tried again with another suffix: each try starts from the request.
    const prepared = await prepareCreate(ctx, info, generated ? structuredClone(object) : object);
    // Judged once: another generated name changes nothing Pod Security looks at.
    if (attempt === 1) await admitPodSecurity(ctx, info, prepared, undefined, options.feedback);
    recordOwnership(ctx, info, undefined, prepared, options);
    if (options.dryRun) {
      checkAllocationRanges(ctx, info, prepared);
      return prepared;
    }
    const name = prepared.metadata?.name ?? "";
    await admitQuota(ctx.repo, info, prepared);
    try {
      const pending = await allocateFor(ctx, info, prepared);
      const revision = await settleWith(pending, () => translateStoreErrors(info, name, () => ctx.repo.create(info, prepared)));
      metaOf(prepared).resourceVersion = String(revision);
      return prepared;
    } catch (error) {
      // The charge of an object that was not written goes back by a recount.
      await recountQuotas(ctx.repo, info, prepared).catch(() => undefined);
      if (!(generated && error instanceof AlreadyExistsError && attempt < GENERATED_NAME_ATTEMPTS)) throw error;
    }
  }
}
