// Every `troupe` command: its flags, help text and a lazy loader for its implementation.
import type { CommandSpec } from "./command-spec.ts";
import {
  allNamespacesFlag,
  dryRunFlag,
  fieldSelectorFlag,
  filenameFlag,
  forceConflictsFlag,
  namespaceFlag,
  outputFlag,
  recursiveFlag,
  selectorFlag,
} from "./flags.ts";

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: "apply",
    summary: "Create or update objects from manifest files",
    usage: "apply -f PATH [-f PATH...] [flags]",
    description:
      "Creates each object that does not exist and updates each that does, matching by kind, namespace and name.\n" +
      "Server-side apply with field manager \"troupe\": fields the manifest leaves out that another manager set (replicas set by\n" +
      "troupe scale) keep their values; setting a field another manager owns to a different value is a conflict.\n" +
      "Files may hold several YAML documents (separated by ---), a JSON object, or a kind: List.",
    examples: ["troupe apply -f examples/web/", "troupe apply -f deployment.yaml -f service.yaml", "cat app.yaml | troupe apply -f -"],
    flags: [filenameFlag, recursiveFlag, namespaceFlag, dryRunFlag, forceConflictsFlag, outputFlag(["name", "yaml", "json"])],
    positionals: { min: 0, max: 0 },
    load: () => import("./commands/apply.ts"),
  },
  {
    name: "get",
    summary: "List objects, or show some by name",
    usage: "get KIND[,KIND...] [NAME...] [flags]",
    examples: [
      "troupe get pods",
      "troupe get deploy simple-web-app -o yaml",
      "troupe get pods -A -l app=simple-web-app -w",
      "troupe get deploy,svc",
    ],
    flags: [
      namespaceFlag,
      allNamespacesFlag,
      selectorFlag,
      fieldSelectorFlag,
      outputFlag(["table", "wide", "yaml", "json", "name"]),
      { name: "watch", short: "w", type: "boolean", description: "after listing, stream changes until Ctrl-C" },
      { name: "show-labels", type: "boolean", description: "add a LABELS column" },
      { name: "no-headers", type: "boolean", description: "leave out the table header" },
    ],
    positionals: { min: 1 },
    load: () => import("./commands/get.ts"),
  },
  {
    name: "describe",
    summary: "Show the details of objects, with their conditions and events",
    usage: "describe KIND [NAME...] [flags]",
    examples: ["troupe describe deploy simple-web-app", "troupe describe pods -l app=simple-web-app"],
    flags: [namespaceFlag, allNamespacesFlag, selectorFlag],
    positionals: { min: 1 },
    load: () => import("./commands/describe.ts"),
  },
  {
    name: "delete",
    summary: "Delete objects by kind and name, by selector, or as named in manifest files",
    usage: "delete (KIND NAME... | KIND -l SELECTOR | KIND --all | -f PATH) [flags]",
    examples: ["troupe delete deploy simple-web-app", "troupe delete -f examples/web/", "troupe delete pods -l app=web --cascade=foreground"],
    flags: [
      filenameFlag,
      recursiveFlag,
      namespaceFlag,
      selectorFlag,
      { name: "all", type: "boolean", description: "delete every object of the kind in the namespace" },
      {
        name: "cascade",
        type: "string",
        valueName: "MODE",
        description: "what happens to dependents: background (default), foreground or orphan",
      },
      {
        name: "grace-period",
        type: "string",
        valueName: "SECONDS",
        description: "seconds a pod gets to stop (default: the pod's own terminationGracePeriodSeconds)",
      },
      { name: "ignore-not-found", type: "boolean", description: "treat a missing object as deleted" },
      dryRunFlag,
    ],
    positionals: { min: 0 },
    load: () => import("./commands/delete.ts"),
  },
  {
    name: "create",
    summary: "Create a ConfigMap or Secret from literals and files, a ServiceAccount, a Job or a CronJob, an RBAC role or binding, a user of the local cluster; print a ServiceAccount token",
    usage: "create (configmap | secret generic | secret tls | serviceaccount | token | job | cronjob | role | clusterrole | rolebinding | clusterrolebinding | user) NAME [flags] [-- COMMAND [ARGS...]]",
    description:
      "--from-file takes [KEY=]PATH (a directory: each file in it, keyed by its file name); --from-env-file reads KEY=VALUE lines.\n" +
      "ConfigMap values that are not UTF-8 go to binaryData. secret tls checks that --cert and --key belong together.\n" +
      "user NAME writes NATS credentials, a client certificate (CN=NAME, O=each --group) and a kubeconfig under $TROUPE_HOME/users/NAME/;\n" +
      "TROUPE_USER=NAME makes the CLI act as that user (docs/security.md).",
    examples: [
      "troupe create configmap app-config --from-literal=mode=prod --from-file=config/",
      "troupe create secret generic db --from-literal=password=s3cr3t -n shop",
      "troupe create secret tls web-tls --cert=tls.crt --key=tls.key",
      "troupe create job nightly-now --from=cronjob/nightly",
      "troupe create job pi --image=perl -- perl -Mbignum=bpi -wle 'print bpi(100)'",
      "troupe create cronjob tick --image=busybox --schedule='*/5 * * * *' -- date",
      "troupe create serviceaccount robot -n shop",
      "troupe create token robot -n shop --duration=30m",
      "troupe create role pod-reader --verb=get,list,watch --resource=pods,pods/log -n shop",
      "troupe create clusterrole monitoring --aggregation-rule=rbac.example.com/aggregate-to-monitoring=true",
      "troupe create rolebinding alice-view --clusterrole=view --user=alice --serviceaccount=shop:robot -n shop",
      "troupe create user alice --group dev",
    ],
    flags: [
      namespaceFlag,
      { name: "from-literal", type: "string", multiple: true, valueName: "KEY=VALUE", description: "a key and its value; repeatable" },
      { name: "from-file", type: "string", multiple: true, valueName: "[KEY=]PATH", description: "a file's content (key: its name) or each file of a directory; repeatable" },
      { name: "from-env-file", type: "string", multiple: true, valueName: "PATH", description: "KEY=VALUE lines (# comments); repeatable" },
      { name: "type", type: "string", valueName: "TYPE", description: "secret generic: the Secret's type (default Opaque)" },
      { name: "cert", type: "string", valueName: "FILE", description: "secret tls: the PEM certificate" },
      { name: "key", type: "string", valueName: "FILE", description: "secret tls: the PEM private key" },
      { name: "from", type: "string", valueName: "cronjob/NAME", description: "job: a Job from the CronJob's jobTemplate (annotated cronjob.kubernetes.io/instantiate: manual)" },
      { name: "image", type: "string", valueName: "IMAGE", description: "job, cronjob: the container's image" },
      { name: "schedule", type: "string", valueName: "CRON", description: "cronjob: the schedule (5 fields or @hourly, @daily, ...)" },
      { name: "restart", type: "string", valueName: "POLICY", description: "cronjob: the pods' restartPolicy, OnFailure (default) or Never" },
      { name: "duration", type: "string", valueName: "DURATION", description: "token: its lifetime (10m at least; default 1h)" },
      { name: "audience", type: "string", multiple: true, valueName: "AUDIENCE", description: "token: an intended audience; repeatable" },
      { name: "bound-object-kind", type: "string", valueName: "Pod", description: "token: bind it to an object (Pod)" },
      { name: "bound-object-name", type: "string", valueName: "NAME", description: "token: the name of the object it is bound to" },
      { name: "bound-object-uid", type: "string", valueName: "UID", description: "token: the uid that object must have" },
      { name: "verb", type: "string", multiple: true, valueName: "VERB", description: "role, clusterrole: verbs the rule allows (get,list,...); repeatable" },
      { name: "resource", type: "string", multiple: true, valueName: "RESOURCE", description: "role, clusterrole: resources (pods, deployments.apps, pods/log); repeatable" },
      { name: "resource-name", type: "string", multiple: true, valueName: "NAME", description: "role, clusterrole: only these objects; repeatable" },
      { name: "non-resource-url", type: "string", multiple: true, valueName: "URL", description: "clusterrole: non-resource paths (/healthz, /api/*); repeatable" },
      { name: "aggregation-rule", type: "string", valueName: "K=V[,K=V]", description: "clusterrole: aggregate the rules of the cluster roles with these labels" },
      { name: "role", type: "string", valueName: "ROLE", description: "rolebinding: the Role to grant" },
      { name: "clusterrole", type: "string", valueName: "ROLE", description: "rolebinding, clusterrolebinding: the ClusterRole to grant" },
      { name: "user", type: "string", multiple: true, valueName: "USER", description: "rolebinding, clusterrolebinding: a user to grant it to; repeatable" },
      { name: "group", type: "string", multiple: true, valueName: "GROUP", description: "rolebinding, clusterrolebinding: a group to grant it to; user: a group the user is in (O= of its certificate); repeatable" },
      { name: "serviceaccount", type: "string", multiple: true, valueName: "NS:NAME", description: "rolebinding, clusterrolebinding: a ServiceAccount to grant it to; repeatable" },
      dryRunFlag,
      outputFlag(["name", "yaml", "json"]),
    ],
    positionals: { min: 1 },
    load: () => import("./commands/create.ts"),
  },
  {
    name: "certs",
    summary: "List and rotate the local cluster's NATS certificates",
    usage: "certs (list | rotate (--all | NAME...))",
    description:
      "Every NATS connection uses mutual TLS with certificates from the cluster CA under $TROUPE_HOME/pki/nats/.\n" +
      "rotate issues them again from the same CA (same subject); nats-server reloads on SIGHUP and clients take\n" +
      "their new certificate on their next reconnect: no connection drops. `troupe up` renews each one at two\n" +
      "thirds of its lifetime (TROUPE_NATS_CERT_DAYS, default 90) (docs/security.md).",
    examples: ["troupe certs list", "troupe certs rotate --all", "troupe certs rotate server kubelet-node-1"],
    flags: [{ name: "all", type: "boolean", description: "rotate: every certificate" }],
    positionals: { min: 1 },
    load: () => import("./commands/certs.ts"),
  },
  {
    name: "auth",
    summary: "Ask what the cluster lets you (or whom you impersonate) do, and who you are",
    usage: "auth (can-i VERB RESOURCE[/NAME] | can-i --list | whoami) [flags]",
    description:
      "can-i prints yes (exit 0) or no (exit 1) from a SelfSubjectAccessReview; a RESOURCE starting with / is a\n" +
      "non-resource URL. --list prints the rules RBAC gives you in the namespace. whoami prints your user and groups.\n" +
      "With --as/--as-group the answers are the impersonated user's.",
    examples: ["troupe auth can-i create deployments -n shop", "troupe auth can-i get pods/web --as=alice", "troupe auth can-i --list -n shop", "troupe auth whoami"],
    flags: [
      namespaceFlag,
      allNamespacesFlag,
      { name: "list", type: "boolean", description: "can-i: every rule that applies in the namespace" },
      { name: "subresource", type: "string", valueName: "SUB", description: "can-i: a subresource, e.g. log or scale" },
      { name: "quiet", short: "q", type: "boolean", description: "can-i: print nothing; the exit code answers" },
      { name: "no-headers", type: "boolean", description: "can-i --list: leave out the table header" },
    ],
    positionals: { min: 1 },
    load: () => import("./commands/auth.ts"),
  },
  {
    name: "secrets",
    summary: "Manage the encryption of Secrets at rest",
    usage: "secrets rotate-key [flags]",
    description:
      "rotate-key adds a fresh AES-256 key to the API's EncryptionConfiguration ($TROUPE_HOME/encryption-config.yaml),\n" +
      "makes every API replica write with it, then re-encrypts every Secret; older keys stay readable (docs/security.md).",
    examples: ["troupe secrets rotate-key", "troupe secrets rotate-key --encryption-config /etc/troupe/encryption-config.yaml"],
    flags: [{ name: "encryption-config", type: "string", valueName: "FILE", description: "the API's configuration file (default: $TROUPE_HOME/encryption-config.yaml)" }],
    positionals: { min: 1, max: 1 },
    load: () => import("./commands/secrets.ts"),
  },
  {
    name: "audit",
    summary: "Show the API's audit log: who did what to which object, and how it ended",
    usage: "audit [--since DURATION] [--user U] [--verb V] [--resource R] [-n NS] [-f] [-o json|wide]",
    description:
      "Reads the TROUPE_AUDIT stream, where the API writes one audit.k8s.io/v1 Event per request at the level of its\n" +
      "audit policy (docs/security.md, \"Audit\"). -o json prints each Event as a JSON line; -f keeps printing new ones.",
    examples: ["troupe audit --since 10m", "troupe audit --user alice --verb delete", "troupe audit --resource secrets -n shop -o wide", "troupe audit -f -o json"],
    flags: [
      namespaceFlag,
      { name: "since", type: "string", valueName: "DURATION", description: "only events of the last DURATION (5m, 1h; default: all the stream keeps)" },
      { name: "user", type: "string", valueName: "USER", description: "only requests of this user" },
      { name: "verb", type: "string", valueName: "VERB", description: "only this verb: get, list, watch, create, update, patch, delete" },
      { name: "resource", type: "string", valueName: "RESOURCE", description: "only this resource (pods, deploy, pods/status)" },
      { name: "follow", short: "f", type: "boolean", description: "keep printing new events until Ctrl-C" },
      outputFlag(["wide", "json"]),
    ],
    positionals: { min: 0, max: 0 },
    load: () => import("./commands/audit.ts"),
  },
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
    load: () => import("./commands/top.ts"),
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
    load: () => import("./commands/logs.ts"),
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
    load: () => import("./commands/exec.ts"),
  },
  {
    name: "port-forward",
    summary: "Forward local ports to a pod",
    usage: "port-forward POD [LOCAL:]REMOTE [...] [flags]",
    description: "Listens on local ports and carries each connection to the pod's port through the kubelet of its node, until Ctrl-C.",
    examples: ["troupe port-forward web-1 8080:80", "troupe port-forward pod/web-1 :80"],
    flags: [namespaceFlag, { name: "address", type: "string", valueName: "IP", description: "the local address to listen on (default 127.0.0.1)" }],
    positionals: { min: 2 },
    load: () => import("./commands/port-forward.ts"),
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
    load: () => import("./commands/evict.ts"),
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
    load: () => import("./commands/drain.ts"),
  },
  {
    name: "patch",
    summary: "Change fields of an object with a strategic merge, merge or JSON patch",
    usage: "patch KIND NAME (-p PATCH | --patch-file FILE) [--type strategic|merge|json] [flags]",
    description:
      "strategic (default) merges lists with merge keys by key (containers by name); merge is RFC 7386 (lists replaced whole);\n" +
      "json is RFC 6902 operations. The patch may be JSON or YAML.",
    examples: [
      "troupe patch deploy hello -p '{\"spec\":{\"replicas\":3}}'",
      "troupe patch deployment/hello -p '{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"hello\",\"image\":\"hello:v2\"}]}}}}'",
      "troupe patch svc web --type json -p '[{\"op\":\"remove\",\"path\":\"/metadata/labels/tier\"}]'",
      "troupe patch deploy hello --subresource scale --type merge -p '{\"spec\":{\"replicas\":2}}'",
    ],
    flags: [
      namespaceFlag,
      { name: "patch", short: "p", type: "string", valueName: "PATCH", description: "the patch, JSON or YAML" },
      { name: "patch-file", type: "string", valueName: "FILE", description: "read the patch from a file" },
      { name: "type", type: "string", valueName: "TYPE", description: "strategic (default), merge or json" },
      { name: "subresource", type: "string", valueName: "NAME", description: "patch the status or scale subresource" },
      dryRunFlag,
      outputFlag(["yaml", "json", "name"]),
    ],
    positionals: { min: 1, max: 2 },
    load: () => import("./commands/patch.ts"),
  },
  {
    name: "edit",
    summary: "Edit an object in your editor and send the change",
    usage: "edit KIND/NAME [flags]",
    description:
      "Opens the object as YAML in $TROUPE_EDITOR, $KUBE_EDITOR or $EDITOR (default vi); on save the edited object is sent as an\n" +
      "update. When the API refuses it, the file is opened again with the errors as comments at the top; saving it unchanged\n" +
      "cancels the edit and keeps a copy of it in a temporary file.",
    examples: ["troupe edit deploy/hello", "KUBE_EDITOR=nano troupe edit svc web -n shop"],
    flags: [namespaceFlag],
    positionals: { min: 1, max: 2 },
    load: () => import("./commands/edit.ts"),
  },
  {
    name: "trace",
    summary: "Show the trace of an object's last change, as a waterfall from the cluster's span store",
    usage: "trace KIND/NAME [flags]",
    description:
      "Prints the trace id of the request that last changed the object (the API keeps its trace context with every write),\n" +
      "then, when the cluster's span store (stream TROUPE_SPANS, kept by the collector `troupe up` runs) still holds the trace,\n" +
      "its spans as a waterfall: API write, reconciles, scheduling, kubelet work. Spans reach the store within about 5 s.\n" +
      "Exits 1, saying why, when the change was not traced or the trace is no longer in the store (the id is printed anyway).",
    examples: ["troupe trace deployment/hello", "troupe trace pod hello-7d9c-x2x4q -n shop", "troupe trace deploy/hello -o json"],
    flags: [namespaceFlag, outputFlag(["json"])],
    positionals: { min: 1, max: 2 },
    load: () => import("./commands/trace.ts"),
  },
  {
    name: "diff",
    summary: "Show what apply would change (exit 0: nothing, 1: differences)",
    usage: "diff -f PATH [flags]",
    description:
      "Applies each object server-side as a dry run and compares the live object with the result, managedFields, generation\n" +
      "and resourceVersion left out, with `diff -u -N` on two directories, or with $TROUPE_EXTERNAL_DIFF / $KUBECTL_EXTERNAL_DIFF.\n" +
      "Exits 0 when there are no differences, 1 when there are, above 1 on an error.",
    examples: ["troupe diff -f examples/hello/", "TROUPE_EXTERNAL_DIFF='diff -r' troupe diff -f deployment.yaml"],
    flags: [filenameFlag, recursiveFlag, namespaceFlag, forceConflictsFlag],
    positionals: { min: 0, max: 0 },
    load: () => import("./commands/diff.ts"),
  },
  {
    name: "cp",
    summary: "Copy files and directories to and from a container",
    usage: "cp SRC DST [flags]",
    description: "One side is [NAMESPACE/]POD:PATH, the other a local path. Copies a tar archive through exec, so the container needs tar;\nentries that would land outside the local destination are skipped.",
    examples: ["troupe cp ./config web-1:/tmp/config", "troupe cp shop/web-1:/var/log/app ./app-logs", "troupe cp web-1:/tmp/report.txt report.txt -c app"],
    flags: [namespaceFlag, { name: "container", short: "c", type: "string", valueName: "NAME", description: "the container (default: the pod's default container, else its first)" }],
    positionals: { min: 2, max: 2 },
    load: () => import("./commands/cp.ts"),
  },
  metadataCommandSpec("label", "labels"),
  metadataCommandSpec("annotate", "annotations"),
  {
    name: "scale",
    summary: "Set the replicas of a Deployment, ReplicaSet or StatefulSet",
    usage: "scale KIND NAME --replicas N [flags]",
    examples: ["troupe scale deploy hello --replicas 10", "troupe scale deployment/hello --replicas 2"],
    flags: [namespaceFlag, { name: "replicas", type: "string", valueName: "N", description: "the new number of replicas" }],
    positionals: { min: 1, max: 2 },
    load: () => import("./commands/scale.ts"),
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
    load: () => import("./commands/autoscale.ts"),
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
    load: () => import("./commands/rollout.ts"),
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
    load: () => import("./commands/set.ts"),
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
    load: () => import("./commands/wait.ts"),
  },
  {
    name: "cordon",
    summary: "Mark a node unschedulable (pods already there keep running)",
    usage: "cordon NODE",
    examples: ["troupe cordon node-2"],
    flags: [],
    positionals: { min: 1, max: 1 },
    load: () => import("./commands/cordon.ts"),
  },
  {
    name: "uncordon",
    summary: "Mark a node schedulable again",
    usage: "uncordon NODE",
    examples: ["troupe uncordon node-2"],
    flags: [],
    positionals: { min: 1, max: 1 },
    load: () => import("./commands/uncordon.ts"),
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
    load: () => import("./commands/image.ts"),
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
    load: () => import("./commands/api-resources.ts"),
  },
  {
    name: "version",
    summary: "Show the client and server versions",
    usage: "version [flags]",
    examples: ["troupe version", "troupe version --client"],
    flags: [{ name: "client", type: "boolean", description: "only the client version; needs no cluster" }, outputFlag(["text", "yaml", "json"])],
    positionals: { min: 0, max: 0 },
    load: () => import("./commands/version.ts"),
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
    load: () => import("./commands/kubeconfig.ts"),
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
    load: () => import("./commands/up.ts"),
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
    load: () => import("./commands/down.ts"),
  },
];

function metadataCommandSpec(name: "label" | "annotate", field: "labels" | "annotations"): CommandSpec {
  const example = name === "label" ? "tier=front" : "owner=team-a";
  return {
    name,
    summary: `Set or remove ${field} of objects`,
    usage: `${name} (KIND NAME... | KIND/NAME... | KIND -l SELECTOR | KIND --all) KEY=VALUE... KEY-... [flags]`,
    description: `KEY=VALUE sets, KEY- removes. Changing a value that is already set needs --overwrite; --list prints the ${field}.`,
    examples: [`troupe ${name} pods web-1 ${example}`, `troupe ${name} deploy/hello ${example.replace(/=.*/, "-")}`, `troupe ${name} pods -l app=web ${example.replace(/=.*/, "=new")} --overwrite`, `troupe ${name} pods web-1 --list`],
    flags: [
      namespaceFlag,
      selectorFlag,
      { name: "all", type: "boolean", description: "every object of the kind in the namespace" },
      { name: "overwrite", type: "boolean", description: "allow changing a value that is already set" },
      { name: "resource-version", type: "string", valueName: "RV", description: "change only if the object is still at this resourceVersion" },
      { name: "list", type: "boolean", description: `print the ${field} instead of changing them` },
      dryRunFlag,
    ],
    positionals: { min: 1 },
    load: () => import(name === "label" ? "./commands/label.ts" : "./commands/annotate.ts"),
  };
}

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((command) => command.name === name);
}
