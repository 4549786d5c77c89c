// The `troupe` commands for patch, edit, trace, diff, cp, label and annotate: changing and inspecting objects: flags, help text and a lazy loader each.
import type { CommandSpec } from "../command-spec.ts";
import { dryRunFlag, filenameFlag, forceConflictsFlag, namespaceFlag, outputFlag, recursiveFlag, selectorFlag } from "../flags.ts";

export const EDIT_COMMANDS: readonly CommandSpec[] = [
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
    load: () => import("../commands/patch.ts"),
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
    load: () => import("../commands/edit.ts"),
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
    load: () => import("../commands/trace.ts"),
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
    load: () => import("../commands/diff.ts"),
  },
  {
    name: "cp",
    summary: "Copy files and directories to and from a container",
    usage: "cp SRC DST [flags]",
    description: "One side is [NAMESPACE/]POD:PATH, the other a local path. Copies a tar archive through exec, so the container needs tar;\nentries that would land outside the local destination are skipped.",
    examples: ["troupe cp ./config web-1:/tmp/config", "troupe cp shop/web-1:/var/log/app ./app-logs", "troupe cp web-1:/tmp/report.txt report.txt -c app"],
    flags: [namespaceFlag, { name: "container", short: "c", type: "string", valueName: "NAME", description: "the container (default: the pod's default container, else its first)" }],
    positionals: { min: 2, max: 2 },
    load: () => import("../commands/cp.ts"),
  },
  metadataCommandSpec("label", "labels"),
  metadataCommandSpec("annotate", "annotations"),
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
    load: () => import(name === "label" ? "../commands/label.ts" : "../commands/annotate.ts"),
  };
}
