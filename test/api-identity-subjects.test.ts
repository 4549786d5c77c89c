// The API serves every verb also as an identity (troupe.api.v1.as.<token>.<verb>) and refuses a
// subject whose token is not an identity token with 401 (docs/security.md).
import test from "ava";
import { encodeIdentityToken, decodeIdentityToken } from "../runtime/auth/identity-token.ts";
import { authenticatedUser, serviceAccountUser } from "../runtime/auth/user-info.ts";
import { apiIdentitySubject, identityTokenOfSubject } from "../runtime/subjects.ts";
import { startApiTestCluster } from "./helpers/api-cluster.ts";

test("identity tokens round-trip users, groups and extra, and reject anything else", (t) => {
  const sa = serviceAccountUser("team-a", "builder", { name: "p-1", uid: "u-1" });
  const token = encodeIdentityToken(sa);
  t.regex(token, /^[A-Za-z0-9_-]+$/);
  t.deepEqual(decodeIdentityToken(token), sa);
  t.is(identityTokenOfSubject(apiIdentitySubject(token, "get")), token);
  t.is(identityTokenOfSubject("troupe.api.v1.get"), undefined);
  for (const bad of ["", "not.a.token", "e30", Buffer.from('{"u":""}').toString("base64url"), Buffer.from('{"u":"x","g":[1]}').toString("base64url"), "%%%"]) {
    t.is(decodeIdentityToken(bad), undefined, bad);
  }
});

test("a client bound to an identity is served on its identity's subjects", async (t) => {
  const cluster = await startApiTestCluster();
  t.teardown(() => cluster.stop());
  const jane = await cluster.clientAs(authenticatedUser("jane", ["dev"]));
  // Who the API took the request to be (RBAC lets every authenticated user ask).
  const review = await jane.review<{ apiVersion: string; kind: string; status: { userInfo: object } }>({ apiVersion: "authentication.k8s.io/v1", kind: "SelfSubjectReview" });
  t.deepEqual(review.status.userInfo, { username: "jane", groups: ["dev", "system:authenticated"] });
});

test("a subject whose token is no identity token gets 401 Unauthorized", async (t) => {
  const cluster = await startApiTestCluster();
  t.teardown(() => cluster.stop());
  const reply = await cluster.nc.request("troupe.api.v1.as.bogus!.get", JSON.stringify({ key: { resource: "namespaces", name: "default" } }), { timeout: 5000 });
  t.is(reply.headers?.get("Nats-Service-Error-Code"), "401");
  t.like(JSON.parse(reply.string()), { kind: "Status", code: 401, reason: "Unauthorized" });
});
