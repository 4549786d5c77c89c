// Which objects `troupe wait` follows: KIND/NAME..., KIND NAME... or KIND with -l SELECTOR,
// refused with kubectl's texts otherwise.
import { WaitSyntaxError } from "./wait-condition.ts";

export type WaitTargets =
  | { kind: "names"; refs: { type: string; name: string }[] }
  | { kind: "selector"; type: string; selector: string };

export function parseWaitTargets(args: readonly string[], selector: string | undefined): WaitTargets {
  if (args.length === 0) throw new WaitSyntaxError("you must provide one or more resources by argument or filename");
  const slashed = args.filter((arg) => arg.includes("/"));
  if (slashed.length > 0) {
    if (slashed.length !== args.length) throw new WaitSyntaxError("there is no need to specify a resource type as a separate argument when passing arguments in resource/name form");
    if (selector !== undefined) throw new WaitSyntaxError("name cannot be provided when a selector is specified");
    return {
      kind: "names",
      refs: args.map((arg) => {
        const [type, name, ...extra] = arg.split("/");
        if (!type || !name || extra.length > 0) throw new WaitSyntaxError(`"${arg}" is not KIND/NAME`);
        return { type, name };
      }),
    };
  }
  const [type, ...names] = args;
  if (selector !== undefined) {
    if (names.length > 0) throw new WaitSyntaxError("name cannot be provided when a selector is specified");
    return { kind: "selector", type, selector };
  }
  if (names.length === 0) throw new WaitSyntaxError(`resource(s) were provided, but no name was specified (use KIND/NAME, KIND NAME... or -l SELECTOR)`);
  return { kind: "names", refs: names.map((name) => ({ type, name })) };
}
