// The `troupe` commands for certs, auth, secrets and audit: credentials, access and the audit trail: flags, help text and a lazy loader each.
import type { CommandSpec } from "../command-spec.ts";
import { allNamespacesFlag, namespaceFlag, outputFlag } from "../flags.ts";

export const ACCESS_COMMANDS: readonly CommandSpec[] = [
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
    load: () => import("../commands/certs.ts"),
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
    load: () => import("../commands/auth.ts"),
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
    load: () => import("../commands/secrets.ts"),
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
    load: () => import("../commands/audit.ts"),
  },
];
