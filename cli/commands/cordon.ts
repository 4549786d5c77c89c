// troupe cordon|uncordon NODE: marks a node (un)schedulable; pods already there keep running.
import type { Invocation } from "../invocation.ts";
import { UsageError } from "../errors.ts";
import { updateWithRetry } from "./scale.ts";

export function cordonCommand(unschedulable: boolean) {
  return async function run(invocation: Invocation): Promise<number> {
    const { positionals, stdout } = invocation;
    if (positionals.length !== 1) throw new UsageError(`${unschedulable ? "cordon" : "uncordon"} takes one node name`);
    const name = positionals[0].replace(/^(nodes?|no)\//, "");
    const api = await invocation.api();
    const updated = await updateWithRetry(api, () => api.get("nodes", name), (node) => {
      const spec = (node.spec ?? {}) as { unschedulable?: boolean };
      if (Boolean(spec.unschedulable) === unschedulable) return undefined;
      return { ...node, spec: { ...spec, unschedulable } };
    });
    const verb = unschedulable ? "cordoned" : "uncordoned";
    stdout.write(`node/${name} ${updated ? verb : `already ${verb}`}\n`);
    return 0;
  };
}

export const run = cordonCommand(true);
