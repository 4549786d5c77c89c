import test from "ava";
import type { Authorizer, Decision } from "./authorizer.ts";
import { AuthorizerChain } from "./authorizer-chain.ts";

const fixed = (name: string, decision: Decision): Authorizer => ({ name, authorize: () => decision });
const attributes = { kind: "nonResource" as const, user: { username: "u", groups: [] }, verb: "get", path: "/x" };

test("the first authorizer with an opinion decides; none means no opinion with their reasons", async (t) => {
  const chain = (...authorizers: Authorizer[]) => new AuthorizerChain(authorizers).authorize(attributes);
  t.deepEqual(await chain(fixed("a", { decision: "noOpinion", reason: "not mine" }), fixed("b", { decision: "deny", reason: "no" }), fixed("c", { decision: "allow", reason: "yes" })), { decision: "deny", reason: "no" });
  t.deepEqual(await chain(fixed("a", { decision: "allow", reason: "yes" }), fixed("b", { decision: "deny", reason: "no" })), { decision: "allow", reason: "yes" });
  t.deepEqual(await chain(fixed("a", { decision: "noOpinion", reason: "not mine" }), fixed("b", { decision: "noOpinion" })), { decision: "noOpinion", reason: "not mine" });
});
