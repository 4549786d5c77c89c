// troupe create configmap NAME | secret generic NAME | secret tls NAME | serviceaccount NAME:
// builds the object from literals and files, as kubectl create does, and creates it; job and
// cronjob (create-batch.ts); token NAME (create-token.ts) prints a ServiceAccount token.
// The API validates it (keys, type, schedule).
import { createPrivateKey, X509Certificate } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { KubeObject } from "../../runtime/api-client.ts";
import { findResourceByKindOnly } from "../../runtime/codec/resources.ts";
import { configMapData, readDataSources, secretData } from "../config-data-sources.ts";
import { UsageError } from "../errors.ts";
import { oneOf, parseDryRun } from "../flag-values.ts";
import { printWarnings } from "../warnings.ts";
import type { Invocation } from "../invocation.ts";
import { formatObject, type ObjectFormat } from "../output.ts";
import { bindingObject, roleObject } from "../auth/rbac-objects.ts";
import { BATCH_USAGE, buildBatchObject } from "./create-batch.ts";
import { runCreateToken } from "./create-token.ts";
import { CREATE_USER_USAGE, runCreateUser } from "./create-user.ts";

const USAGE = "Usage: troupe create configmap NAME [--from-literal=K=V] [--from-file=[K=]PATH] [--from-env-file=PATH]\n" +
  "       troupe create secret generic NAME [same flags] [--type=TYPE]\n" +
  "       troupe create secret tls NAME --cert=FILE --key=FILE\n" +
  "       troupe create serviceaccount NAME\n" +
  "       troupe create token NAME [--duration=10m] [--audience=A] [--bound-object-kind=Pod --bound-object-name=POD]\n" + BATCH_USAGE + "\n" +
  "       troupe create role NAME --verb=VERB --resource=RESOURCE [--resource-name=NAME]\n" +
  "       troupe create clusterrole NAME (--verb=VERB (--resource=RESOURCE | --non-resource-url=URL) | --aggregation-rule=K=V)\n" +
  "       troupe create rolebinding NAME (--role=ROLE | --clusterrole=ROLE) [--user=U] [--group=G] [--serviceaccount=NS:NAME]\n" +
  "       troupe create clusterrolebinding NAME --clusterrole=ROLE [--user=U] [--group=G] [--serviceaccount=NS:NAME]" + CREATE_USER_USAGE;

/** Flags that only some forms take: naming the misplaced one beats ignoring it. */
const FLAGS_OF: Record<string, readonly string[]> = {
  configmap: ["from-literal", "from-file", "from-env-file"],
  generic: ["from-literal", "from-file", "from-env-file", "type"],
  tls: ["cert", "key"],
  job: ["from", "image"],
  cronjob: ["image", "schedule", "restart"],
  serviceaccount: [],
  token: ["duration", "audience", "bound-object-kind", "bound-object-name", "bound-object-uid"],
  role: ["verb", "resource", "resource-name"],
  clusterrole: ["verb", "resource", "resource-name", "non-resource-url", "aggregation-rule"],
  rolebinding: ["role", "clusterrole", "user", "group", "serviceaccount"],
  clusterrolebinding: ["clusterrole", "user", "group", "serviceaccount"],
};
const FORM_FLAGS = [
  "from-literal", "from-file", "from-env-file", "type", "cert", "key", "from", "image", "schedule", "restart",
  "duration", "audience", "bound-object-kind", "bound-object-name", "bound-object-uid",
  "verb", "resource", "resource-name", "non-resource-url", "aggregation-rule", "role", "clusterrole", "user", "group", "serviceaccount",
];

function refuseOtherFlags(invocation: Invocation, form: string, what: string): void {
  for (const flag of FORM_FLAGS) {
    const given = invocation.flags.strings(flag).length > 0;
    if (given && !(FLAGS_OF[form] ?? []).includes(flag)) throw new UsageError(`unknown flag --${flag} for "troupe create ${what}"`, USAGE);
  }
}

async function readPem(flag: string, path: string | undefined): Promise<Buffer> {
  if (!path) throw new UsageError(`--${flag} is required: the ${flag === "cert" ? "certificate" : "private key"} file (PEM)`, USAGE);
  return readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`--${flag} "${path}": ${error.code === "ENOENT" ? "no such file or directory" : error.message}`);
  });
}

/** kubectl checks that the pair belongs together before sending it. */
function checkKeyPair(cert: Buffer, key: Buffer): void {
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(cert);
  } catch (error) {
    throw new UsageError(`--cert: not a PEM certificate: ${(error as Error).message}`);
  }
  let privateKey;
  try {
    privateKey = createPrivateKey(key);
  } catch (error) {
    throw new UsageError(`--key: not a PEM private key: ${(error as Error).message}`);
  }
  if (!certificate.checkPrivateKey(privateKey)) throw new UsageError("--cert and --key: the private key does not match the certificate's public key");
}

async function buildObject(invocation: Invocation): Promise<KubeObject> {
  const { flags, positionals, env } = invocation;
  const [what, ...rest] = positionals;
  const namespace = flags.string("namespace") ?? "default";
  const sources = { literals: flags.strings("from-literal"), files: flags.strings("from-file"), envFiles: flags.strings("from-env-file") };
  const nameArg = (args: string[], form: string): string => {
    if (args.length !== 1) throw new UsageError(`create ${form} takes exactly one NAME`, USAGE);
    return args[0] as string;
  };
  if (what === "configmap" || what === "cm") {
    refuseOtherFlags(invocation, "configmap", "configmap");
    const name = nameArg(rest, "configmap");
    const { data, binaryData } = configMapData(await readDataSources(sources, env));
    return { apiVersion: "v1", kind: "ConfigMap", metadata: { name, namespace }, data, ...(Object.keys(binaryData).length > 0 ? { binaryData } : {}) };
  }
  if (what === "secret") {
    const [form, ...names] = rest;
    if (form === "generic") {
      refuseOtherFlags(invocation, "generic", "secret generic");
      const name = nameArg(names, "secret generic");
      const type = flags.string("type") || "Opaque";
      return { apiVersion: "v1", kind: "Secret", metadata: { name, namespace }, type, data: secretData(await readDataSources(sources, env)) };
    }
    if (form === "tls") {
      refuseOtherFlags(invocation, "tls", "secret tls");
      const name = nameArg(names, "secret tls");
      const cert = await readPem("cert", flags.string("cert"));
      const key = await readPem("key", flags.string("key"));
      checkKeyPair(cert, key);
      return { apiVersion: "v1", kind: "Secret", metadata: { name, namespace }, type: "kubernetes.io/tls", data: { "tls.crt": cert.toString("base64"), "tls.key": key.toString("base64") } };
    }
    throw new UsageError(`unknown secret form "${form ?? ""}": use "secret generic" or "secret tls"`, USAGE);
  }
  if (what === "serviceaccount" || what === "sa") {
    refuseOtherFlags(invocation, "serviceaccount", "serviceaccount");
    return { apiVersion: "v1", kind: "ServiceAccount", metadata: { name: nameArg(rest, "serviceaccount"), namespace } };
  }
  if (what === "job" || what === "cronjob" || what === "cj") {
    const form = what === "job" ? "job" : "cronjob";
    refuseOtherFlags(invocation, form, form);
    return buildBatchObject(invocation, form, rest);
  }
  if (what === "role" || what === "clusterrole") {
    refuseOtherFlags(invocation, what, what);
    const name = nameArg(rest, what);
    return roleObject(what === "role" ? "Role" : "ClusterRole", name, namespace, {
      verbs: flags.strings("verb"),
      resources: flags.strings("resource"),
      resourceNames: flags.strings("resource-name"),
      nonResourceUrls: flags.strings("non-resource-url"),
      aggregationRule: flags.string("aggregation-rule"),
    });
  }
  if (what === "rolebinding" || what === "clusterrolebinding") {
    refuseOtherFlags(invocation, what, what);
    const name = nameArg(rest, what);
    return bindingObject(what === "rolebinding" ? "RoleBinding" : "ClusterRoleBinding", name, namespace, {
      role: flags.string("role"),
      clusterRole: flags.string("clusterrole"),
      users: flags.strings("user"),
      groups: flags.strings("group"),
      serviceAccounts: flags.strings("serviceaccount"),
    });
  }
  throw new UsageError(`cannot create "${what ?? ""}": use configmap, secret generic, secret tls, serviceaccount, token, job, cronjob, role, clusterrole, rolebinding or clusterrolebinding`, USAGE);
}

export async function run(invocation: Invocation): Promise<number> {
  if (invocation.positionals[0] === "user") return runCreateUser(invocation, invocation.positionals.slice(1));
  const dryRun = parseDryRun(invocation.flags.string("dry-run"));
  const output = oneOf<ObjectFormat | "line">("output", invocation.flags.string("output"), ["name", "yaml", "json"], "line");
  const [what, ...rest] = invocation.positionals;
  if (what === "token") {
    refuseOtherFlags(invocation, "token", "token");
    return runCreateToken(invocation, rest, output);
  }
  const object = await buildObject(invocation);
  const created = await (await invocation.api()).create(object, { dryRun, onWarnings: printWarnings(invocation.stderr) });
  // kubectl names the kind with its group: job.batch/pi.
  const group = findResourceByKindOnly(created.kind)?.group;
  const kind = `${created.kind.toLowerCase()}${group ? `.${group}` : ""}`;
  if (output === "line") invocation.stdout.write(`${kind}/${created.metadata?.name} created${dryRun ? " (server dry run)" : ""}\n`);
  else invocation.stdout.write(formatObject(created, output));
  return 0;
}
