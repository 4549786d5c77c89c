// Discovery documents, built from the resource table so they list exactly what the API serves:
// the legacy forms (/api, /apis, /api/v1, /apis/<group>/<version>) and the aggregated one
// (apidiscovery.k8s.io/v2 APIGroupDiscoveryList) kubectl 1.32 asks for first.
import { METRICS_KINDS, METRICS_VERBS } from "../../runtime/resource-metrics/metrics-kinds.ts";
import { VERSION_VIEWS } from "../../runtime/codec/version-views.ts";
import { CUSTOM_METRICS_API_VERSION, CUSTOM_METRICS_GROUP, customMetricsResourceList } from "../../runtime/custom-metrics/metric-value-list.ts";
import { RESOURCES, type ResourceInfo } from "../../runtime/codec/resources.ts";
import { REVIEW_KINDS, type ReviewKind } from "../../runtime/codec/review-kinds.ts";

export const KUBERNETES_VERSION = { major: "1", minor: "32" } as const;

const OBJECT_VERBS = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];
/** Kinds `kubectl get all` shows, as in Kubernetes. */
const ALL_CATEGORY = new Set(["Pod", "Service", "ReplicaSet", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob"]);
const SCALABLE = new Set(["Deployment", "ReplicaSet", "StatefulSet"]);

interface Subresource {
  name: string;
  kind: string;
  group: string;
  version: string;
  verbs: string[];
}

function versionOf(info: ResourceInfo): string {
  return info.apiVersion.includes("/") ? info.apiVersion.slice(info.apiVersion.indexOf("/") + 1) : info.apiVersion;
}

function subresourcesOf(info: ResourceInfo): Subresource[] {
  const own = { group: info.group, version: versionOf(info) };
  const list: Subresource[] = [];
  if (info.hasStatus) list.push({ name: "status", kind: info.kind, ...own, verbs: ["get", "patch", "update"] });
  if (SCALABLE.has(info.kind)) list.push({ name: "scale", kind: "Scale", group: "autoscaling", version: "v1", verbs: ["get", "patch", "update"] });
  if (info.kind === "ServiceAccount") list.push({ name: "token", kind: "TokenRequest", group: "authentication.k8s.io", version: "v1", verbs: ["create"] });
  if (info.kind === "Pod") {
    list.push(
      { name: "attach", kind: "PodAttachOptions", ...own, verbs: ["create", "get"] },
      { name: "binding", kind: "Binding", ...own, verbs: ["create"] },
      { name: "eviction", kind: "Eviction", group: "policy", version: "v1", verbs: ["create"] },
      { name: "exec", kind: "PodExecOptions", ...own, verbs: ["create", "get"] },
      { name: "log", kind: "Pod", ...own, verbs: ["get"] },
      { name: "portforward", kind: "PodPortForwardOptions", ...own, verbs: ["create", "get"] },
    );
  }
  return list;
}

/** Kinds the front end passes to the API's review verb: create only, nothing kept. */
function reviewsOf(groupVersion: string): ReviewKind[] {
  return REVIEW_KINDS.filter((review) => review.apiVersion === groupVersion);
}

/** The group versions served, core first: "v1", "apps/v1", ... */
export function groupVersions(): string[] {
  const seen = new Set<string>();
  for (const info of RESOURCES) seen.add(info.apiVersion);
  for (const review of REVIEW_KINDS) seen.add(review.apiVersion);
  for (const metrics of METRICS_KINDS) seen.add(metrics.apiVersion);
  seen.add(CUSTOM_METRICS_API_VERSION);
  for (const view of VERSION_VIEWS) seen.add(view.apiVersion);
  return [...seen].sort((a, b) => (a === "v1" ? -1 : b === "v1" ? 1 : a.localeCompare(b)));
}

export function resourcesOf(groupVersion: string): ResourceInfo[] {
  // Kinds also served in another version (autoscaling/v1 HorizontalPodAutoscaler) are listed there too.
  const views = VERSION_VIEWS.filter((view) => view.apiVersion === groupVersion).map((view) => ({ ...view.info, apiVersion: view.apiVersion }));
  return [...RESOURCES.filter((info) => info.apiVersion === groupVersion), ...views];
}

/** The group's stored (preferred) version first, as kube-apiserver prefers autoscaling/v2 over v1. */
function preferredFirst(group: string, versions: string[]): string[] {
  const stored = new Set(RESOURCES.filter((info) => info.group === group).map((info) => info.apiVersion));
  return [...versions].sort((a, b) => Number(stored.has(b)) - Number(stored.has(a)));
}

export function apiVersions(serverAddress: string): object {
  return { kind: "APIVersions", versions: ["v1"], serverAddressByClientCIDRs: [{ clientCIDR: "0.0.0.0/0", serverAddress }] };
}

function groupEntry(group: string): object {
  const versions = preferredFirst(group, groupVersions().filter((gv) => gv.startsWith(`${group}/`))).map((gv) => ({ groupVersion: gv, version: gv.slice(group.length + 1) }));
  return { name: group, versions, preferredVersion: versions[0] };
}

export function apiGroupNames(): string[] {
  return [...new Set([...RESOURCES.filter((info) => info.group).map((info) => info.group), ...REVIEW_KINDS.map((review) => review.group), ...METRICS_KINDS.map((metrics) => metrics.group), CUSTOM_METRICS_GROUP])].sort();
}

export function apiGroupList(): object {
  return { kind: "APIGroupList", apiVersion: "v1", groups: apiGroupNames().map(groupEntry) };
}

export function apiGroup(group: string): object | undefined {
  if (!apiGroupNames().includes(group)) return undefined;
  return { kind: "APIGroup", apiVersion: "v1", ...groupEntry(group) };
}

export function apiResourceList(groupVersion: string): object | undefined {
  // custom.metrics.k8s.io lists <resource>/<metric> pairs, as a custom metrics adapter does.
  if (groupVersion === CUSTOM_METRICS_API_VERSION) return customMetricsResourceList();
  const infos = resourcesOf(groupVersion);
  const reviews = reviewsOf(groupVersion);
  const metrics = METRICS_KINDS.filter((kind) => kind.apiVersion === groupVersion);
  if (infos.length === 0 && reviews.length === 0 && metrics.length === 0) return undefined;
  const resources: object[] = reviews.map((review) => ({ name: review.plural, singularName: review.kind.toLowerCase(), namespaced: review.namespaced, kind: review.kind, verbs: ["create"] }));
  for (const kind of metrics) resources.push({ name: kind.plural, singularName: "", namespaced: kind.namespaced, kind: kind.kind, verbs: [...METRICS_VERBS] });
  for (const info of infos) {
    resources.push({
      name: info.plural,
      singularName: info.singular,
      namespaced: info.namespaced,
      kind: info.kind,
      verbs: OBJECT_VERBS,
      ...(info.shortNames.length > 0 ? { shortNames: info.shortNames } : {}),
      ...(ALL_CATEGORY.has(info.kind) ? { categories: ["all"] } : {}),
    });
    for (const sub of subresourcesOf(info)) {
      const foreign = sub.group !== info.group || sub.version !== versionOf(info);
      resources.push({
        name: `${info.plural}/${sub.name}`,
        singularName: "",
        namespaced: info.namespaced,
        kind: sub.kind,
        verbs: sub.verbs,
        ...(foreign ? { group: sub.group, version: sub.version } : {}),
      });
    }
  }
  return { kind: "APIResourceList", apiVersion: "v1", groupVersion, resources };
}

function discoveryResource(info: ResourceInfo): object {
  return {
    resource: info.plural,
    responseKind: { group: info.group, version: versionOf(info), kind: info.kind },
    scope: info.namespaced ? "Namespaced" : "Cluster",
    singularResource: info.singular,
    verbs: OBJECT_VERBS,
    ...(info.shortNames.length > 0 ? { shortNames: info.shortNames } : {}),
    ...(ALL_CATEGORY.has(info.kind) ? { categories: ["all"] } : {}),
    subresources: subresourcesOf(info).map((sub) => ({
      subresource: sub.name,
      responseKind: { group: sub.group, version: sub.version, kind: sub.kind },
      verbs: sub.verbs,
    })),
  };
}

/** APIGroupDiscoveryList of /api (core: the group named "") or of /apis (every other group). */
export function aggregatedDiscovery(core: boolean, apiVersion: string): object {
  const groups = core ? [""] : apiGroupNames();
  return {
    kind: "APIGroupDiscoveryList",
    apiVersion,
    metadata: {},
    items: groups.map((group) => ({
      metadata: { name: group, creationTimestamp: null },
      versions: preferredFirst(group, groupVersions()
        .filter((gv) => (group === "" ? !gv.includes("/") : gv.startsWith(`${group}/`))))
        .map((gv) => ({
          version: group === "" ? gv : gv.slice(group.length + 1),
          resources: [
            ...resourcesOf(gv).map(discoveryResource),
            ...reviewsOf(gv).map((review) => ({
              resource: review.plural,
              responseKind: { group: review.group, version: review.version, kind: review.kind },
              scope: review.namespaced ? "Namespaced" : "Cluster",
              singularResource: review.kind.toLowerCase(),
              verbs: ["create"],
            })),
            ...METRICS_KINDS.filter((kind) => kind.apiVersion === gv).map((kind) => ({
              resource: kind.plural,
              responseKind: { group: kind.group, version: kind.version, kind: kind.kind },
              scope: kind.namespaced ? "Namespaced" : "Cluster",
              singularResource: "",
              verbs: [...METRICS_VERBS],
            })),
          ],
          freshness: "Current",
        })),
    })),
  };
}

/** /version: the Kubernetes minor version Troupe's API matches, and Troupe's own in gitVersion. */
export function versionInfo(troupeVersion: string): object {
  return {
    major: KUBERNETES_VERSION.major,
    minor: KUBERNETES_VERSION.minor,
    gitVersion: `v${KUBERNETES_VERSION.major}.${KUBERNETES_VERSION.minor}.0+troupe.${troupeVersion}`,
    gitCommit: "",
    gitTreeState: "clean",
    buildDate: "",
    goVersion: "",
    compiler: "troupe",
    platform: `${process.platform}/${process.arch === "x64" ? "amd64" : process.arch}`,
  };
}
