import test from "ava";
import { defaultDeployment, defaultReplicaSet, defaultStatefulSet } from "./workloads.ts";

const template = () => ({ metadata: { labels: { app: "a" } }, spec: { containers: [{ name: "a", image: "a:1" }] } });

test("deployments default to one replica rolling 25% at a time with Kubernetes' limits", (t) => {
  const deployment: Record<string, any> = { spec: { template: template() } };
  defaultDeployment(deployment);
  t.like(deployment.spec, { replicas: 1, revisionHistoryLimit: 10, progressDeadlineSeconds: 600 });
  t.deepEqual(deployment.spec.strategy, { type: "RollingUpdate", rollingUpdate: { maxUnavailable: { strVal: "25%" }, maxSurge: { strVal: "25%" } } });
  t.is(deployment.spec.template.spec.restartPolicy, "Always");
});

test("deployment defaults keep zero replicas and explicit surge settings", (t) => {
  const deployment: Record<string, any> = { spec: { replicas: 0, strategy: { rollingUpdate: { maxSurge: { intVal: 0 } } } } };
  defaultDeployment(deployment);
  t.is(deployment.spec.replicas, 0);
  t.deepEqual(deployment.spec.strategy.rollingUpdate, { maxSurge: { intVal: 0 }, maxUnavailable: { strVal: "25%" } });
});

test("recreate deployments get no rolling update settings", (t) => {
  const deployment: Record<string, any> = { spec: { strategy: { type: "Recreate" } } };
  defaultDeployment(deployment);
  t.is(deployment.spec.strategy.rollingUpdate, undefined);
});

test("replica sets default to one replica and default their template", (t) => {
  const replicaSet: Record<string, any> = { spec: { template: template() } };
  defaultReplicaSet(replicaSet);
  t.is(replicaSet.spec.replicas, 1);
  t.is(replicaSet.spec.template.spec.dnsPolicy, "ClusterFirst");
});

test("statefulsets default ordering, rolling updates from partition 0, retention and claim templates", (t) => {
  const statefulSet: Record<string, any> = { spec: { template: template(), volumeClaimTemplates: [{ metadata: { name: "data" }, spec: { accessModes: ["ReadWriteOnce"] } }] } };
  defaultStatefulSet(statefulSet);
  t.like(statefulSet.spec, { replicas: 1, podManagementPolicy: "OrderedReady", revisionHistoryLimit: 10 });
  t.deepEqual(statefulSet.spec.updateStrategy, { type: "RollingUpdate", rollingUpdate: { partition: 0 } });
  t.deepEqual(statefulSet.spec.persistentVolumeClaimRetentionPolicy, { whenDeleted: "Retain", whenScaled: "Retain" });
  t.is(statefulSet.spec.volumeClaimTemplates[0].spec.volumeMode, "Filesystem");
  t.is(statefulSet.spec.template.spec.schedulerName, "default-scheduler");
});

test("a statefulset strategy typed by the user keeps its absent rollingUpdate, a present one gets partition 0", (t) => {
  const typed: Record<string, any> = { spec: { updateStrategy: { type: "RollingUpdate" } } };
  defaultStatefulSet(typed);
  t.is(typed.spec.updateStrategy.rollingUpdate, undefined);
  const partial: Record<string, any> = { spec: { updateStrategy: { type: "RollingUpdate", rollingUpdate: {} } } };
  defaultStatefulSet(partial);
  t.is(partial.spec.updateStrategy.rollingUpdate.partition, 0);
  const onDelete: Record<string, any> = { spec: { updateStrategy: { type: "OnDelete" } } };
  defaultStatefulSet(onDelete);
  t.is(onDelete.spec.updateStrategy.rollingUpdate, undefined);
});
