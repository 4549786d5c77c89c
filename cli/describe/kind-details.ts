// Kinds with a summary of their own in describe; every other kind shows its fields as YAML.
import type { KubeObject } from "../../runtime/api-client.ts";
import { describeHorizontalPodAutoscaler } from "./autoscaling-details.ts";
import { describeCronJob, describeJob } from "./batch-details.ts";
import type { DescribeWriter } from "./describe-writer.ts";
import { describePod } from "./pod-details.ts";
import { describeLimitRange, describeResourceQuota } from "./quota-details.ts";
import type { DescribeContext } from "./sections.ts";
import { describeNode, describeService } from "./service-details.ts";
import { describeVerticalPodAutoscaler } from "./vpa-details.ts";
import { describeDaemonSet, describeDeployment, describeReplicaSet, describeStatefulSet } from "./workload-details.ts";

export type KindDetails = (out: DescribeWriter, object: KubeObject, context: DescribeContext) => void;

export const KIND_DETAILS: Record<string, KindDetails> = {
  Pod: describePod,
  Deployment: describeDeployment,
  ReplicaSet: describeReplicaSet,
  StatefulSet: describeStatefulSet,
  DaemonSet: describeDaemonSet,
  Service: describeService,
  Node: describeNode,
  ResourceQuota: describeResourceQuota,
  LimitRange: describeLimitRange,
  Job: describeJob,
  CronJob: describeCronJob,
  HorizontalPodAutoscaler: describeHorizontalPodAutoscaler,
  VerticalPodAutoscaler: describeVerticalPodAutoscaler,
};
