// The `troupe` commands for cordon, uncordon, image, api-resources, version, kubeconfig, up and down: the cluster itself: flags, help text and a lazy loader each.
import type { CommandSpec } from "../command-spec.ts";
import { outputFlag } from "../flags.ts";

export const CLUSTER_COMMANDS: readonly CommandSpec[] = [
  {
    name: "cordon",
    summary: "Mark a node unschedulable (pods already there keep running)",
    usage: "cordon NODE",
    examples: ["troupe cordon node-2"],
    flags: [],
    positionals: { min: 1, max: 1 },
    load: () => import("../commands/cordon.ts"),
  },
  {
    name: "uncordon",
    summary: "Mark a node schedulable again",
    usage: "uncordon NODE",
    examples: ["troupe uncordon node-2"],
    flags: [],
    positionals: { min: 1, max: 1 },
    load: () => import("../commands/uncordon.ts"),
  },
  {
    name: "image",
    summary: "Build and list process images in the cluster's image store",
    usage: "image build DIR [-t NAME:TAG] | image ls",
    description:
      "build packs DIR (which holds a Troupefile: {\"entrypoint\": [...], \"env\": {...}, \"images\": [...]}) into a content-addressed image\n" +
      "tagged -t NAME:TAG, or with each of the Troupefile's images when -t is not given,\n" +
      "in the troupe-images store; kubelets pull it when a pod names NAME:TAG. ls lists the stored images.",
    examples: ["troupe image build examples/hello/app -t hello:plain-text", "troupe image ls"],
    flags: [{ name: "tag", short: "t", type: "string", valueName: "NAME:TAG", description: "the image's name and tag" }],
    positionals: { min: 1, max: 2 },
    load: () => import("../commands/image.ts"),
  },
  {
    name: "api-resources",
    summary: "List the resource kinds the server offers",
    usage: "api-resources [flags]",
    examples: ["troupe api-resources", "troupe api-resources --namespaced=false"],
    flags: [
      { name: "namespaced", type: "string", valueName: "BOOL", description: "only namespaced (true) or cluster-wide (false) kinds" },
      outputFlag(["table", "name"]),
    ],
    positionals: { min: 0, max: 0 },
    load: () => import("../commands/api-resources.ts"),
  },
  {
    name: "version",
    summary: "Show the client and server versions",
    usage: "version [flags]",
    examples: ["troupe version", "troupe version --client"],
    flags: [{ name: "client", type: "boolean", description: "only the client version; needs no cluster" }, outputFlag(["text", "yaml", "json"])],
    positionals: { min: 0, max: 0 },
    load: () => import("../commands/version.ts"),
  },
  {
    name: "kubeconfig",
    summary: "Print the path of the local cluster's kubeconfig (for kubectl, Helm, client libraries)",
    usage: "kubeconfig",
    description:
      "`troupe up` writes $TROUPE_HOME/kubeconfig: the Kubernetes front end's URL, the cluster CA and an admin\n" +
      "client certificate, in a context named after the cluster. Use it as KUBECONFIG=$(troupe kubeconfig) kubectl get pods.",
    examples: ["troupe kubeconfig", "KUBECONFIG=$(troupe kubeconfig) kubectl get pods"],
    flags: [],
    positionals: { min: 0, max: 0 },
    load: () => import("../commands/kubeconfig.ts"),
  },
  {
    name: "up",
    summary: "Start a local cluster (nats-server and the Troupe services)",
    usage: "up [flags]",
    description:
      "Runs nats-server with JetStream (state kept in $TROUPE_HOME/nats) and each Troupe service as its own process,\n" +
      "waits until the API answers and writes $TROUPE_HOME/context.json so other commands find the cluster.\n" +
      "In the foreground, Ctrl-C stops everything; with -d the cluster keeps running until `troupe down`.",
    examples: ["troupe up", "troupe up -d --apply examples/web/", "TROUPE_HOME=/tmp/c2 troupe up -d", "troupe up -d --nodes 2 --max-nodes 6"],
    flags: [
      { name: "detach", short: "d", type: "boolean", description: "run in the background; stop it with `troupe down`" },
      { name: "sync-always", type: "boolean", description: "fsync every JetStream write (needs nats-server >= 2.10)" },
      { name: "nodes", type: "string", valueName: "N", description: "run N kubelets, nodes node-1 .. node-N, each its own process (default 3)" },
      { name: "max-nodes", type: "string", valueName: "N", description: "run the cluster autoscaler: up to N - nodes more nodes (node group \"default\") join when pods fit nowhere, and go when unneeded (docs/autoscaling.md)" },
      { name: "zones", type: "string", valueName: "A,B,...", description: "spread the nodes over these zones round-robin (labels topology.kubernetes.io/zone and region=local)" },
      { name: "ha", type: "boolean", description: "run two schedulers and two controller managers (leader election; kill one to see fail-over)" },
      { name: "prometheus", type: "boolean", description: "also run prometheus (Debian's package) scraping every role, with the alert rules; prints its address (docs/monitoring.md)" },
      {
        name: "trace-sampling",
        type: "string",
        valueName: "off|always|RATIO",
        description: "which traces the services record into the cluster's span store (troupe trace): off, always (default) or a ratio like 0.1",
      },
      {
        name: "apply",
        type: "string",
        valueName: "PATH",
        description: "once the cluster is ready, apply the manifests under PATH (directories recursively)",
      },
      { name: "logs-max-age", type: "string", valueName: "AGE", description: "keep container logs this long (30m, 24h, 7d; default $TROUPE_LOGS_MAX_AGE, else 24h)" },
      { name: "logs-max-bytes", type: "string", valueName: "SIZE", description: "keep at most this much container log (512Mi, 2Gi; default $TROUPE_LOGS_MAX_BYTES, else 1Gi)" },
      { name: "supervise", type: "boolean", hidden: true, description: "run as the cluster supervisor process" },
    ],
    positionals: { min: 0, max: 0 },
    load: () => import("../commands/up.ts"),
  },
  {
    name: "down",
    summary: "Stop the cluster started with `troupe up -d`",
    usage: "down [flags]",
    examples: ["troupe down"],
    flags: [
      {
        name: "timeout",
        type: "string",
        valueName: "DURATION",
        description: "how long to wait for a clean stop before killing the processes (default 30s)",
      },
    ],
    positionals: { min: 0, max: 0 },
    load: () => import("../commands/down.ts"),
  },
];
