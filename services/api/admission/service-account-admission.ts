// Kubernetes' ServiceAccount admission plugin (plugin/pkg/admission/serviceaccount) for pods on
// create: spec.serviceAccountName defaults to "default"; a pod naming a ServiceAccount that does
// not exist is refused (403, Kubernetes' wording); unless the pod or the ServiceAccount turns
// automountServiceAccountToken off, the pod gets the projected volume kube-api-access-<5 chars>
// (token, ca.crt, namespace) mounted read-only at /var/run/secrets/kubernetes.io/serviceaccount
// in every container that mounts nothing there yet. The pod takes the ServiceAccount's
// imagePullSecrets when it names none. Switched by ApiServiceOptions.serviceAccountAdmission.
import { randomInt } from "node:crypto";
import { ForbiddenError } from "../../../runtime/api-errors.ts";
import { findResource, type ResourceInfo } from "../../../runtime/codec/resources.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import { DEFAULT_SERVICE_ACCOUNT, SERVICE_ACCOUNT_MOUNT_PATH, TOKEN_VOLUME_PREFIX, tokenVolume } from "../../../runtime/volumes/service-account.ts";
import type { troupe } from "../../../proto/gen/troupe.js";
import type { ApiContext } from "../api-context.ts";

const SERVICE_ACCOUNTS = findResource("serviceaccounts") as ResourceInfo;

type Pod = troupe.v1.Pod.$Properties;
type ServiceAccount = troupe.v1.ServiceAccount.$Properties;

// Kubernetes' utilrand alphabet: no vowels, no confusable characters.
const ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

function randomSuffix(): string {
  let suffix = "";
  for (let i = 0; i < 5; i++) suffix += ALPHABET[randomInt(ALPHABET.length)];
  return suffix;
}

/** The pod's own setting wins, then the ServiceAccount's; mounted by default. */
export function shouldAutomount(pod: Pod, account: ServiceAccount): boolean {
  const own = pod.spec?.automountServiceAccountToken;
  if (own !== undefined && own !== null) return own;
  const accounts = account.automountServiceAccountToken;
  return accounts === undefined || accounts === null ? true : accounts;
}

/** Adds the token volume and its mounts (pure, given the volume name). */
export function mountServiceAccountToken(pod: Pod, volumeName: string): void {
  const spec = (pod.spec ??= {});
  const containers = [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
  const needing = containers.filter((container) => !(container.volumeMounts ?? []).some((mount) => mount.mountPath === SERVICE_ACCOUNT_MOUNT_PATH));
  if (needing.length === 0) return;
  (spec.volumes ??= []).push(tokenVolume(volumeName));
  for (const container of needing) (container.volumeMounts ??= []).push({ name: volumeName, readOnly: true, mountPath: SERVICE_ACCOUNT_MOUNT_PATH });
}

/** A kube-api-access-* name no volume of the pod has. */
export function freeTokenVolumeName(pod: Pod, suffix: () => string = randomSuffix): string {
  const taken = new Set((pod.spec?.volumes ?? []).map((volume) => volume.name));
  for (;;) {
    const name = `${TOKEN_VOLUME_PREFIX}${suffix()}`;
    if (!taken.has(name)) return name;
  }
}

export async function admitServiceAccount(ctx: ApiContext, info: ResourceInfo, object: ApiObject): Promise<void> {
  if (!ctx.serviceAccountAdmission || info.kind !== "Pod") return;
  const pod = object as Pod;
  const spec = (pod.spec ??= {});
  spec.serviceAccountName ||= DEFAULT_SERVICE_ACCOUNT;
  const namespace = pod.metadata?.namespace ?? "default";
  const stored = await ctx.repo.get(SERVICE_ACCOUNTS, namespace, spec.serviceAccountName);
  if (!stored) {
    throw new ForbiddenError("pods", pod.metadata?.name ?? "", `error looking up service account ${namespace}/${spec.serviceAccountName}: serviceaccount "${spec.serviceAccountName}" not found`);
  }
  const account = stored.object as ServiceAccount;
  if (!spec.imagePullSecrets?.length && account.imagePullSecrets?.length) spec.imagePullSecrets = account.imagePullSecrets.map((secret) => ({ name: secret.name }));
  if (shouldAutomount(pod, account)) mountServiceAccountToken(pod, freeTokenVolumeName(pod));
}
