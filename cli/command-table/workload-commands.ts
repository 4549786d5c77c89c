// The `troupe` commands for scale, autoscale, rollout, set and wait: workloads: flags, help text and a lazy loader each.
import type { CommandSpec } from "../command-spec.ts";
import { namespaceFlag, selectorFlag } from "../flags.ts";

export const WORKLOAD_COMMANDS: readonly CommandSpec[] = [
  {
    name: "scale",
    summary: "Set the replicas of a Deployment, ReplicaSet or StatefulSet",
    usage: "scale KIND NAME --replicas N [flags]",
    examples: ["troupe scale deploy hello --replicas 10", "troupe scale deployment/hello --replicas 2"],
    flags: [namespaceFlag, { name: "replicas", type: "string", valueName: "N", description: "the new number of replicas" }],
    positionals: { min: 1, max: 2 },
    load: () => import("../commands/scale.ts"),
  },
  {
    name: "autoscale",
    summary: "Create a HorizontalPodAutoscaler for a Deployment, ReplicaSet or StatefulSet",
    usage: "autoscale KIND NAME --max N [--min N] [--cpu-percent N] [flags]",
    examples: ["troupe autoscale deploy web --min 2 --max 10 --cpu-percent 70"],
    flags: [
      namespaceFlag,
      { name: "max", type: "string", valueName: "N", description: "the most replicas the autoscaler may set (required)" },
      { name: "min", type: "string", valueName: "N", description: "the fewest replicas (default 1)" },
      { name: "cpu-percent", type: "string", valueName: "N", description: "the target CPU utilization, percent of the pods' requests (default 80)" },
      { name: "name", type: "string", valueName: "NAME", description: "the HorizontalPodAutoscaler's name (default: the target's)" },
    ],
    positionals: { min: 1, max: 2 },
    load: () => import("../commands/autoscale.ts"),
  },
  {
    name: "rollout",
    summary: "Follow, list, undo, restart, pause or resume the rollout of a Deployment, StatefulSet or DaemonSet",
    usage: "rollout (status|history|undo|restart|pause|resume) KIND/NAME [flags]",
    description:
      "status follows the rollout until it finishes (non-zero exit when its progress deadline passes or --timeout does);\n" +
      "history lists the revisions (a Deployment's ReplicaSets, the ControllerRevisions of the others) with their change-cause,\n" +
      "--revision N shows that revision's pod template; undo goes back to the previous revision or --to-revision N;\n" +
      "restart stamps the pod template with kubectl.kubernetes.io/restartedAt so every pod is replaced;\n" +
      "pause / resume stop and restart a Deployment's rollout (scaling still applies while paused).",
    examples: [
      "troupe rollout status deploy/hello",
      "troupe rollout history deploy/hello",
      "troupe rollout history deploy/hello --revision 2",
      "troupe rollout undo deploy/hello --to-revision 1",
      "troupe rollout restart sts/db",
      "troupe rollout pause deploy/hello",
    ],
    flags: [
      namespaceFlag,
      { name: "watch", short: "w", type: "boolean", description: "status: follow the rollout (default true; --watch=false prints once)" },
      { name: "timeout", type: "string", valueName: "DURATION", description: "status: give up after this long (default: wait forever)" },
      { name: "revision", type: "string", valueName: "N", description: "history: show revision N's pod template; status: fail unless N is the running revision" },
      { name: "to-revision", type: "string", valueName: "N", description: "undo: the revision to go back to (default 0, the previous one)" },
    ],
    positionals: { min: 2, max: 3 },
    load: () => import("../commands/rollout.ts"),
  },
  {
    name: "set",
    summary: "Change the container images, environment variables or resources of a workload",
    usage: "set (image|env|resources) KIND/NAME [CONTAINER=IMAGE...|KEY=VALUE...|KEY-...] [flags]",
    description:
      "Patches the pod template (a Pod's own spec, for set image) with a strategic merge patch, containers and env merged by name.\n" +
      "image: CONTAINER=IMAGE, *=IMAGE sets every container.\n" +
      "env (deployments, statefulsets, daemonsets, replicasets): KEY=VALUE sets, KEY- removes, --from adds every key of a ConfigMap or Secret\n" +
      "as configMapKeyRef / secretKeyRef variables (names upper-cased, --prefix prepended); --list prints the variables instead.\n" +
      "resources: --limits / --requests NAME=QUANTITY lists; resources not named keep their values.",
    examples: [
      "troupe set image deploy/hello hello=hello:v2",
      "troupe set image sts/db '*=db:2'",
      "troupe set env deploy/hello GREETING=hi OLD-",
      "troupe set env deploy/hello --from=configmap/settings --prefix=APP_",
      "troupe set env deploy/hello --list",
      "troupe set resources deploy/hello -c hello --limits=cpu=200m,memory=512Mi --requests=cpu=100m",
    ],
    flags: [
      namespaceFlag,
      { name: "containers", short: "c", type: "string", valueName: "NAME", description: "env, resources: the containers to change, * globs (default *: all)" },
      { name: "from", type: "string", valueName: "SOURCE", description: "env: configmap/NAME or secret/NAME whose keys become variables" },
      { name: "prefix", type: "string", valueName: "PREFIX", description: "env: prepended to the names of the --from variables" },
      { name: "list", type: "boolean", description: "env: print the containers' variables instead of changing them" },
      { name: "limits", type: "string", valueName: "LIST", description: "resources: limits such as cpu=200m,memory=512Mi" },
      { name: "requests", type: "string", valueName: "LIST", description: "resources: requests such as cpu=100m,memory=256Mi" },
    ],
    positionals: { min: 2 },
    load: () => import("../commands/set.ts"),
  },
  {
    name: "wait",
    summary: "Wait until objects meet a condition, are deleted or have a field's value",
    usage: "wait (KIND/NAME... | KIND NAME... | KIND -l SELECTOR) --for=condition=TYPE[=VALUE]|delete|jsonpath='{.path}'=VALUE [--timeout=30s] [flags]",
    description:
      "Follows each object's watch in turn, printing \"KIND/NAME condition met\" (or deleted) as each meets it; exits 1 with\n" +
      "\"timed out waiting for the condition on KIND/NAME\" when one does not within --timeout (each object's own), or\n" +
      "\"no matching resources found\" when -l selects nothing.",
    examples: [
      "troupe wait deploy/hello --for=condition=Available",
      "troupe wait deploy/a deploy/b --for=condition=Available",
      "troupe wait pods -l app=hello --for=condition=Ready --timeout=60s",
      "troupe wait pod/web-1 --for=delete --timeout=60s",
      "troupe wait deploy/hello --for=jsonpath='{.status.readyReplicas}'=3",
    ],
    flags: [
      namespaceFlag,
      selectorFlag,
      { name: "for", type: "string", valueName: "CONDITION", description: "condition=TYPE[=VALUE] (VALUE default true), delete, or jsonpath='{.path}'=VALUE" },
      { name: "timeout", type: "string", valueName: "DURATION", description: "give up on an object after this long (default 30s)" },
    ],
    positionals: { min: 1 },
    load: () => import("../commands/wait.ts"),
  },
];
