import test from "ava";
import { VERSION_VIEWS } from "../../runtime/codec/version-views.ts";
import { REVIEW_KINDS } from "../../runtime/codec/review-kinds.ts";
import { RESOURCES } from "../../runtime/codec/resources.ts";
import { METRICS_KINDS } from "../../runtime/resource-metrics/metrics-kinds.ts";
import { aggregatedDiscovery, apiGroupList, apiResourceList, versionInfo } from "./discovery.ts";

interface Listed { name: string; kind: string; verbs: string[]; shortNames?: string[]; categories?: string[]; group?: string; version?: string }

test("the core resource list has every core kind with its verbs, short names and subresources", (t) => {
  const list = apiResourceList("v1") as { groupVersion: string; resources: Listed[] };
  t.is(list.groupVersion, "v1");
  const pods = list.resources.find((entry) => entry.name === "pods");
  t.deepEqual(pods?.shortNames, ["po"]);
  t.deepEqual(pods?.categories, ["all"]);
  t.true(pods?.verbs.includes("watch"));
  const names = list.resources.map((entry) => entry.name);
  for (const sub of ["pods/status", "pods/log", "pods/exec", "pods/portforward", "pods/eviction", "pods/binding", "pods/attach"]) t.true(names.includes(sub), sub);
  t.like(list.resources.find((entry) => entry.name === "pods/eviction"), { kind: "Eviction", group: "policy", version: "v1" });
});

test("scalable kinds offer the scale subresource as autoscaling/v1 Scale", (t) => {
  const list = apiResourceList("apps/v1") as { resources: Listed[] };
  for (const kind of ["deployments", "replicasets", "statefulsets"]) {
    t.like(list.resources.find((entry) => entry.name === `${kind}/scale`), { kind: "Scale", group: "autoscaling", version: "v1" });
  }
});

test("every served kind is in exactly one group version, and the kinds served in two (HorizontalPodAutoscaler) in both, the stored one preferred", (t) => {
  const groups = (apiGroupList() as { groups: { name: string; versions: { groupVersion: string }[] }[] }).groups;
  const groupVersions = ["v1", ...groups.flatMap((group) => group.versions.map((version) => version.groupVersion))];
  const listed = groupVersions.flatMap((gv) => (apiResourceList(gv) as { resources: Listed[] }).resources.filter((entry) => !entry.name.includes("/")));
  t.deepEqual(listed.map((entry) => entry.kind).sort(), [...RESOURCES.map((info) => info.kind), ...REVIEW_KINDS.map((review) => review.kind), ...METRICS_KINDS.map((kind) => kind.kind), ...VERSION_VIEWS.map((view) => view.kind)].sort());
  const autoscaling = groups.find((group) => group.name === "autoscaling") as { preferredVersion?: { groupVersion: string }; versions: { groupVersion: string }[] };
  t.is(autoscaling.preferredVersion?.groupVersion, "autoscaling/v2");
  t.deepEqual(autoscaling.versions.map((version) => version.groupVersion), ["autoscaling/v2", "autoscaling/v1"]);
});

test("aggregated discovery lists the core group under the empty name and the others by name", (t) => {
  const core = aggregatedDiscovery(true, "apidiscovery.k8s.io/v2") as { kind: string; items: { metadata: { name: string }; versions: { version: string; resources: { resource: string; scope: string; subresources: { subresource: string }[] }[] }[] }[] };
  t.is(core.kind, "APIGroupDiscoveryList");
  t.is(core.items[0].metadata.name, "");
  const pods = core.items[0].versions[0].resources.find((entry) => entry.resource === "pods");
  t.is(pods?.scope, "Namespaced");
  t.true(pods?.subresources.some((sub) => sub.subresource === "log"));
  const groups = aggregatedDiscovery(false, "apidiscovery.k8s.io/v2") as { items: { metadata: { name: string } }[] };
  t.true(groups.items.some((item) => item.metadata.name === "apps"));
});

test("the version names the Kubernetes minor version the API matches", (t) => {
  t.like(versionInfo("0.1.0"), { major: "1", minor: "32", gitVersion: "v1.32.0+troupe.0.1.0" });
});
