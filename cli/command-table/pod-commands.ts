// The `troupe` commands for top, logs, exec, port-forward, evict and drain: pods at run time: flags, help text and a lazy loader each.
import type { CommandSpec } from "../command-spec.ts";
import { allNamespacesFlag, dryRunFlag, namespaceFlag, selectorFlag } from "../flags.ts";

export const POD_COMMANDS: readonly CommandSpec[] = [
  {
    name: "top",
    summary: "Show the CPU and memory pods or nodes use now",
    usage: "top (pods | nodes) [NAME] [flags]",
    description:
      "Reads the metrics.k8s.io API: each container's CPU (cores over the last sample) and memory working set, which the\n" +
      "kubelets measure every second from the containers' cgroups (or their process groups' /proc figures) (docs/autoscaling.md).",
    examples: ["troupe top pods", "troupe top pods -A --sort-by=cpu", "troupe top pods -l app=web --containers", "troupe top nodes"],
    flags: [
      namespaceFlag,
      allNamespacesFlag,
      selectorFlag,
      { name: "containers", type: "boolean", description: "one row per container (pods)" },
      { name: "sort-by", type: "string", valueName: "cpu|memory", description: "sort by CPU or memory, highest first" },
      { name: "no-headers", type: "boolean", description: "leave out the table header" },
    ],
    positionals: { min: 1, max: 2 },
    load: () => import("../commands/top.ts"),
  },
  {
    name: "logs",
    summary: "Print a container's output",
    usage: "logs (POD | -l SELECTOR) [-c CONTAINER] [flags]",
    description:
      "Reads the log from the kubelet of the pod's node; with -f, follows it until the container exits or Ctrl-C.\n" +
      "With -l SELECTOR (or --since, --prefix, --grep, ..., or a deleted pod) reads the cluster's logs stream instead:\n" +
      "every matching pod across nodes, deleted ones too while the stream keeps them (docs/logging.md).\n" +
      "Users (troupe create user) read the stream through the API, with RBAC's get pods/log in the namespace.",
    examples: ["troupe logs hello-7d9f8-x2k4p", "troupe logs web-1 -c app -f", "troupe logs web-1 --previous --tail 20", "troupe logs -l app=hello --prefix", "troupe logs -l app=hello -f --grep ERROR", "troupe logs -A -l tier=web --since 1h --timestamps"],
    flags: [
      namespaceFlag,
      allNamespacesFlag,
      selectorFlag,
      { name: "container", short: "c", type: "string", valueName: "NAME", description: "the container (needed when the pod has several)" },
      { name: "all-containers", type: "boolean", description: "every container of each pod (init containers first)" },
      { name: "follow", short: "f", type: "boolean", description: "keep printing new lines (with -l: of pods that start later too)" },
      { name: "previous", short: "p", type: "boolean", description: "the run before the current one (after a restart)" },
      { name: "tail", type: "string", valueName: "N", description: "only the last N lines per container (-1: all; default 10 with -l, else all)" },
      { name: "since", type: "string", valueName: "DURATION", description: "only lines of the last DURATION (5s, 2m, 3h)" },
      { name: "since-time", type: "string", valueName: "TIME", description: "only lines after this RFC3339 time" },
      { name: "prefix", type: "boolean", description: "start each line with its source, [pod/NAME/CONTAINER]" },
      { name: "timestamps", type: "boolean", description: "start each line with its RFC3339Nano time" },
      { name: "grep", type: "string", valueName: "REGEX", description: "only lines matching this regular expression" },
      { name: "max-log-requests", type: "string", valueName: "N", description: "most log streams read at once; with -f, more is an error (default 5)" },
    ],
    positionals: { min: 0, max: 1 },
    load: () => import("../commands/logs.ts"),
  },
  {
    name: "exec",
    summary: "Run a command in a container",
    usage: "exec POD [-c CONTAINER] [-i] -- COMMAND [ARG...]",
    description: "Runs the command through the kubelet of the pod's node, in the container's environment and working directory; exits with the command's exit code.",
    examples: ["troupe exec web-1 -- ls -l", "troupe exec web-1 -c app -- sh -c 'echo $PORT'", "echo hi | troupe exec -i web-1 -- cat"],
    flags: [
      namespaceFlag,
      { name: "container", short: "c", type: "string", valueName: "NAME", description: "the container (default: the pod's default container, else its first)" },
      { name: "stdin", short: "i", type: "boolean", description: "pass this terminal's stdin to the command" },
    ],
    positionals: { min: 2 },
    load: () => import("../commands/exec.ts"),
  },
  {
    name: "port-forward",
    summary: "Forward local ports to a pod",
    usage: "port-forward POD [LOCAL:]REMOTE [...] [flags]",
    description: "Listens on local ports and carries each connection to the pod's port through the kubelet of its node, until Ctrl-C.",
    examples: ["troupe port-forward web-1 8080:80", "troupe port-forward pod/web-1 :80"],
    flags: [namespaceFlag, { name: "address", type: "string", valueName: "IP", description: "the local address to listen on (default 127.0.0.1)" }],
    positionals: { min: 2 },
    load: () => import("../commands/port-forward.ts"),
  },
  // Day-2 commands of issue 10: evict, drain, patch, edit, diff, cp, label, annotate.
  {
    name: "evict",
    summary: "Evict a pod through the Eviction API (refused while a PodDisruptionBudget forbids it)",
    usage: "evict POD [flags]",
    description: "Asks the API to evict the pod: it is deleted only when every PodDisruptionBudget that selects it allows one more disruption;\notherwise the API refuses with 429 TooManyRequests and the budget's message, and troupe exits 1.",
    examples: ["troupe evict hello-7d9f8-x2k4p", "troupe evict pod/web-1 -n shop --grace-period 5"],
    flags: [namespaceFlag, { name: "grace-period", type: "string", valueName: "SECONDS", description: "seconds the pod gets to stop (default: its own)" }, dryRunFlag],
    positionals: { min: 1, max: 1 },
    load: () => import("../commands/evict.ts"),
  },
  {
    name: "drain",
    summary: "Cordon a node and evict its pods, honouring PodDisruptionBudgets",
    usage: "drain NODE [flags]",
    description:
      "Cordons the node, then evicts each of its pods concurrently through the Eviction API; an eviction a budget refuses is\n" +
      "retried every 5s until --timeout. Refuses to start when a pod is DaemonSet-managed, has emptyDir data or no controller,\n" +
      "unless --ignore-daemonsets, --delete-emptydir-data or --force allow it. Mirror pods are skipped, finished pods deleted.",
    examples: ["troupe drain node-2 --ignore-daemonsets", "troupe drain node-1 --force --delete-emptydir-data --timeout 2m", "troupe drain node-3 --dry-run=client"],
    flags: [
      { name: "ignore-daemonsets", type: "boolean", description: "leave DaemonSet-managed pods on the node" },
      { name: "delete-emptydir-data", type: "boolean", description: "evict pods with emptyDir volumes (their data is lost)" },
      { name: "force", type: "boolean", description: "evict pods that declare no controller (nothing re-creates them)" },
      { name: "disable-eviction", type: "boolean", description: "delete the pods instead of evicting them (bypasses PodDisruptionBudgets)" },
      { name: "grace-period", type: "string", valueName: "SECONDS", description: "seconds each pod gets to stop (default -1: the pod's own)" },
      { name: "pod-selector", type: "string", valueName: "SELECTOR", description: "only the pods matching this label selector" },
      { name: "timeout", type: "string", valueName: "DURATION", description: "give up after this long (default 0: wait for ever)" },
      { name: "dry-run", type: "string", valueName: "MODE", description: "none (default), client (only print) or server (the server answers, nothing changes)" },
    ],
    positionals: { min: 1, max: 1 },
    load: () => import("../commands/drain.ts"),
  },
];
