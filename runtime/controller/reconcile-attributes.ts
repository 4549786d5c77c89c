// The semantic-convention attribute naming the object a workload controller reconciles
// (k8s.deployment.name for the deployment controller, ...), so a trace shows which object each
// reconcile served. Controllers of other resources name it only by troupe.actor.key.
import {
  ATTR_K8S_CRONJOB_NAME, ATTR_K8S_DAEMONSET_NAME, ATTR_K8S_DEPLOYMENT_NAME, ATTR_K8S_JOB_NAME, ATTR_K8S_REPLICASET_NAME, ATTR_K8S_STATEFULSET_NAME,
} from "../semconv.ts";

const NAME_ATTRIBUTE_OF_CONTROLLER: Record<string, string> = {
  deployment: ATTR_K8S_DEPLOYMENT_NAME,
  replicaset: ATTR_K8S_REPLICASET_NAME,
  statefulset: ATTR_K8S_STATEFULSET_NAME,
  daemonset: ATTR_K8S_DAEMONSET_NAME,
  job: ATTR_K8S_JOB_NAME,
  cronjob: ATTR_K8S_CRONJOB_NAME,
};

export function reconciledObjectAttributes(controller: string, name: string): Record<string, string> {
  const attribute = NAME_ATTRIBUTE_OF_CONTROLLER[controller];
  return attribute && name ? { [attribute]: name } : {};
}
