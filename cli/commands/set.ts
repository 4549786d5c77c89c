// troupe set image|env|resources KIND/NAME ...: changes a workload's containers through the API's
// patch verb (strategic merge: containers and env merged by name), as kubectl set.
import type { JsonApiClient, KubeObject } from "../../runtime/api-client.ts";
import type { Invocation } from "../invocation.ts";
import { UsageError } from "../errors.ts";
import { kindRef } from "../object-ref.ts";
import { podSpecPatch, selectContainers } from "../set/container-select.ts";
import { type EnvVar, envFromSource, envListing, envPatchEntries, parseEnvArgs, parseEnvSource } from "../set/env-patch.ts";
import { imageChanges, imagePatch, parseImageArgs } from "../set/image-patch.ts";
import { resourcesPatch } from "../set/resources-patch.ts";
import { type WorkloadTarget, parseWorkloadTarget } from "../set/workload-target.ts";

interface Container {
  name: string;
  env?: EnvVar[];
}

function podSpecOf(object: KubeObject, path: readonly string[]): { containers: Container[]; initContainers: Container[] } {
  const podSpec = path.reduce<Record<string, unknown> | undefined>((value, key) => value?.[key] as Record<string, unknown> | undefined, object as unknown as Record<string, unknown>) ?? {};
  return { containers: (podSpec.containers ?? []) as Container[], initContainers: (podSpec.initContainers ?? []) as Container[] };
}

async function patch(invocation: Invocation, api: JsonApiClient, target: WorkloadTarget, body: Record<string, unknown>, what: string): Promise<number> {
  const namespace = invocation.flags.string("namespace") ?? "default";
  const patched = await api.patch(target.resource, target.name, { namespace, patchType: "strategic", patch: body });
  invocation.stdout.write(`${kindRef(patched)}/${target.name} ${what}\n`);
  return 0;
}

async function setImage(invocation: Invocation, args: string[]): Promise<number> {
  const target = parseWorkloadTarget("image", args, true);
  const wanted = parseImageArgs(target.rest);
  const api = await invocation.api();
  const object = await api.get(target.resource, target.name, { namespace: invocation.flags.string("namespace") ?? "default" });
  const spec = podSpecOf(object, target.podSpecPath);
  return patch(invocation, api, target, imagePatch(target.podSpecPath, imageChanges(spec.containers, spec.initContainers, wanted)), "image updated");
}

async function setEnv(invocation: Invocation, args: string[]): Promise<number> {
  const { flags } = invocation;
  const target = parseWorkloadTarget("env", args, false);
  const changes = parseEnvArgs(target.rest);
  const namespace = flags.string("namespace") ?? "default";
  const api = await invocation.api();
  const object = await api.get(target.resource, target.name, { namespace });
  const selected = selectContainers(podSpecOf(object, target.podSpecPath).containers, podSpecOf(object, target.podSpecPath).initContainers, flags.string("containers") ?? "*");
  if (flags.boolean("list")) {
    invocation.stdout.write(envListing(target.resource, target.name, [...selected.initContainers, ...selected.containers]));
    return 0;
  }
  const from = flags.string("from");
  if (from) {
    const source = parseEnvSource(from);
    const holder = await api.get(source.resource, source.name, { namespace });
    const keys = Object.keys({ ...(holder.data as object | undefined), ...(holder.binaryData as object | undefined) });
    changes.set.unshift(...envFromSource(source.resource, source.name, keys, flags.string("prefix") ?? ""));
  }
  if (changes.set.length + changes.remove.length === 0) throw new UsageError("at least one environment variable must be provided (KEY=VALUE, KEY- or --from)");
  const entries = (containers: Container[]) => containers.map((c) => ({ name: c.name, env: envPatchEntries(c.env ?? [], changes) })).filter((c) => c.env.length > 0);
  return patch(invocation, api, target, podSpecPatch(target.podSpecPath, entries(selected.containers), entries(selected.initContainers)), "env updated");
}

async function setResources(invocation: Invocation, args: string[]): Promise<number> {
  const { flags } = invocation;
  const target = parseWorkloadTarget("resources", args, false);
  if (target.rest.length > 0) throw new UsageError(`set resources takes one KIND/NAME and --limits / --requests, not "${target.rest.join(" ")}"`);
  const resources = resourcesPatch(flags.string("limits"), flags.string("requests"));
  const api = await invocation.api();
  const object = await api.get(target.resource, target.name, { namespace: flags.string("namespace") ?? "default" });
  const spec = podSpecOf(object, target.podSpecPath);
  const selected = selectContainers(spec.containers, spec.initContainers, flags.string("containers") ?? "*");
  const entries = (containers: Container[]) => containers.map((c) => ({ name: c.name, resources }));
  return patch(invocation, api, target, podSpecPatch(target.podSpecPath, entries(selected.containers), entries(selected.initContainers)), "resource requirements updated");
}

export async function run(invocation: Invocation): Promise<number> {
  const [what, ...args] = invocation.positionals;
  if (what === "image") return setImage(invocation, args);
  if (what === "env") return setEnv(invocation, args);
  if (what === "resources") return setResources(invocation, args);
  throw new UsageError(`unknown set subcommand "${what ?? ""}"`, "Valid subcommands: image, env, resources");
}
