// troupe rollout status|history|undo|restart|pause|resume KIND/NAME: kubectl's rollout commands
// for Deployments (history in ReplicaSets) and StatefulSets / DaemonSets (ControllerRevisions).
import type { JsonApiClient, KubeObject } from "../../runtime/api-client.ts";
import type { Invocation } from "../invocation.ts";
import { UsageError } from "../errors.ts";
import { toYaml } from "../output.ts";
import { rolloutKind, type RolloutKind } from "../rollout/rollout-kinds.ts";
import { CHANGE_CAUSE_ANNOTATION, RESTARTED_AT_ANNOTATION, chooseUndo, findRevision, historyTable, ownedRevisions, withoutTemplateHash, type Revision } from "../rollout/revisions.ts";
import { followRollout } from "../rollout/follow-rollout.ts";
import { updateWithRetry } from "./scale.ts";

const SUBCOMMANDS = ["status", "history", "undo", "restart", "pause", "resume"] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];

interface Target {
  api: JsonApiClient;
  kind: RolloutKind;
  name: string;
  namespace: string;
}

/** "deploy/web" or "deploy web" after the subcommand. */
function parseTarget(args: readonly string[]): { typed: string; name: string } {
  const [typed, ...names] = args[0]?.includes("/") ? [args[0].slice(0, args[0].indexOf("/")), args[0].slice(args[0].indexOf("/") + 1), ...args.slice(1)] : args;
  if (!typed || names.length !== 1 || !names[0]) throw new UsageError("rollout takes one KIND/NAME (or KIND NAME), such as deployment/web");
  return { typed, name: names[0] };
}

function positiveInteger(text: string | undefined, flag: string): number {
  if (text === undefined) return 0;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new UsageError(`--${flag} must be a whole number >= 0, not "${text}"`);
  return value;
}

async function revisionsOf(target: Target, owner: KubeObject): Promise<Revision[]> {
  const resource = target.kind.history;
  const list = await target.api.list(resource, { namespace: target.namespace });
  return ownedRevisions(owner, list.items, resource);
}

const templateOf = (object: KubeObject) => ((object.spec as { template?: Record<string, unknown> } | undefined)?.template ?? {});

async function history(target: Target, invocation: Invocation): Promise<number> {
  const owner = await target.api.get(target.kind.plural, target.name, { namespace: target.namespace });
  const revisions = await revisionsOf(target, owner);
  const wanted = positiveInteger(invocation.flags.string("revision"), "revision");
  const title = `${target.kind.ref}/${target.name}`;
  if (wanted === 0) {
    invocation.stdout.write(revisions.length === 0 ? `No rollout history found in ${title}\n` : historyTable(title, revisions));
    return 0;
  }
  const found = findRevision(revisions, wanted);
  if (typeof found === "string") throw new UsageError(found);
  const indented = toYaml(withoutTemplateHash(found.template)).replace(/^(?=.)/gm, "  ");
  invocation.stdout.write(`${title} with revision #${wanted}\nPod Template:\n${indented}`);
  return 0;
}

async function undo(target: Target, invocation: Invocation): Promise<number> {
  const toRevision = positiveInteger(invocation.flags.string("to-revision"), "to-revision");
  const read = () => target.api.get(target.kind.plural, target.name, { namespace: target.namespace });
  let message = "";
  const owner = await read();
  if ((owner.spec as { paused?: boolean } | undefined)?.paused) {
    throw new UsageError(`you cannot rollback a paused deployment; resume it first with 'troupe rollout resume ${target.kind.ref}/${target.name}' and try again`);
  }
  const decision = chooseUndo(await revisionsOf(target, owner), templateOf(owner), toRevision);
  if (decision.kind === "error") throw new UsageError(decision.message);
  if (decision.kind === "skip") {
    message = `${target.kind.ref}/${target.name} skipped rollback (current template already matches revision ${decision.revision})`;
  } else {
    const template = structuredClone(withoutTemplateHash(decision.revision.template));
    await updateWithRetry(target.api, read, (current) => {
      const metadata = { ...current.metadata };
      const cause = decision.revision.changeCause;
      if (cause) metadata.annotations = { ...(metadata.annotations as Record<string, string>), [CHANGE_CAUSE_ANNOTATION]: cause };
      return { ...current, metadata, spec: { ...(current.spec as object), template } };
    });
    message = `${target.kind.ref}/${target.name} rolled back`;
  }
  invocation.stdout.write(`${message}\n`);
  return 0;
}

async function restart(target: Target, invocation: Invocation): Promise<number> {
  const read = () => target.api.get(target.kind.plural, target.name, { namespace: target.namespace });
  await updateWithRetry(target.api, read, (current) => {
    const spec = (current.spec ?? {}) as { paused?: boolean; template?: { metadata?: { annotations?: Record<string, string> } } };
    if (spec.paused) throw new UsageError(`can't restart paused deployment (run rollout resume first)`);
    const template = spec.template ?? {};
    const metadata = { ...template.metadata, annotations: { ...template.metadata?.annotations, [RESTARTED_AT_ANNOTATION]: new Date().toISOString().replace(/\.\d+Z$/, "Z") } };
    return { ...current, spec: { ...spec, template: { ...template, metadata } } };
  });
  invocation.stdout.write(`${target.kind.ref}/${target.name} restarted\n`);
  return 0;
}

async function setPaused(target: Target, invocation: Invocation, paused: boolean): Promise<number> {
  const quoted = `${target.kind.plural}.apps "${target.name}"`;
  if (!target.kind.pausable) throw new UsageError(`${quoted} ${paused ? "pausing" : "resuming"} is not supported`);
  const read = () => target.api.get(target.kind.plural, target.name, { namespace: target.namespace });
  await updateWithRetry(target.api, read, (current) => {
    const spec = (current.spec ?? {}) as { paused?: boolean };
    if (Boolean(spec.paused) === paused) throw new UsageError(`${quoted} ${paused ? "is already paused" : "is not paused"}`);
    return { ...current, spec: { ...spec, paused } };
  });
  invocation.stdout.write(`${target.kind.ref}/${target.name} ${paused ? "paused" : "resumed"}\n`);
  return 0;
}

export async function run(invocation: Invocation): Promise<number> {
  const [sub, ...rest] = invocation.positionals;
  if (!SUBCOMMANDS.includes(sub as Subcommand)) {
    throw new UsageError(`unknown rollout subcommand "${sub ?? ""}"`, `Valid subcommands: ${SUBCOMMANDS.join(", ")}`);
  }
  const { typed, name } = parseTarget(rest);
  const kind = rolloutKind(typed);
  const target: Target = { api: await invocation.api(), kind, name, namespace: invocation.flags.string("namespace") ?? "default" };
  switch (sub as Subcommand) {
    case "status":
      return followRollout(target, invocation);
    case "history":
      return history(target, invocation);
    case "undo":
      return undo(target, invocation);
    case "restart":
      return restart(target, invocation);
    case "pause":
      return setPaused(target, invocation, true);
    case "resume":
      return setPaused(target, invocation, false);
  }
}
