import test from "ava";
import type { troupe } from "../../../proto/gen/troupe.js";
import type { Pod } from "../pod/container-spec.ts";
import { requiresRefresh, ServiceAccountTokens, TOKEN_MAX_TTL_MS } from "./service-account-tokens.ts";

const HOUR = 3600 * 1000;

test("a token is refreshed once 80% of its lifetime has passed, or 24 hours after issue", (t) => {
  const issued = 1_000_000;
  const hourToken = { token: "a", expirationSeconds: 3600, expiresAtMs: issued + HOUR };
  t.false(requiresRefresh(hourToken, issued + 0.79 * HOUR));
  t.true(requiresRefresh(hourToken, issued + 0.81 * HOUR));
  t.true(requiresRefresh(hourToken, issued + 0.79 * HOUR, 0.02 * HOUR), "jitter brings it forward");
  const yearToken = { token: "b", expirationSeconds: 365 * 24 * 3600, expiresAtMs: issued + 365 * 24 * HOUR };
  t.false(requiresRefresh(yearToken, issued + TOKEN_MAX_TTL_MS - 1));
  t.true(requiresRefresh(yearToken, issued + TOKEN_MAX_TTL_MS + 1));
});

test("the token manager asks for a pod-bound token, keeps it, rotates it when due and forgets the pod's tokens", async (t) => {
  let now = Date.parse("2026-12-03T10:00:00Z");
  const requests: { namespace: string; serviceAccount: string; request: troupe.v1.TokenRequest.$Properties }[] = [];
  const results: string[] = [];
  const tokens = new ServiceAccountTokens({
    now: () => now,
    jitterMs: () => 0,
    onRequest: (result) => results.push(result),
    request: async (namespace, serviceAccount, request) => {
      requests.push({ namespace, serviceAccount, request });
      const seconds = Number(request.spec?.expirationSeconds);
      return { spec: { ...request.spec, expirationSeconds: seconds }, status: { token: `token-${requests.length}`, expirationTimestamp: new Date(now + seconds * 1000).toISOString() } };
    },
  });
  const pod = { metadata: { name: "web", namespace: "shop", uid: "u1" }, spec: { serviceAccountName: "orders" } } as Pod;
  const projection = { path: "token", expirationSeconds: 3607 };
  t.is(await tokens.tokenFor(pod, projection), "token-1");
  t.like(requests[0], { namespace: "shop", serviceAccount: "orders" });
  t.deepEqual(requests[0].request.spec?.boundObjectRef, { kind: "Pod", apiVersion: "v1", name: "web", uid: "u1" });
  now += 0.5 * 3607 * 1000;
  t.is(await tokens.tokenFor(pod, projection), "token-1", "half-way: the held token");
  now += 0.35 * 3607 * 1000;
  t.is(await tokens.tokenFor(pod, projection), "token-2", "past 80%: a new one");
  t.is(requests.length, 2);
  t.deepEqual(results, ["success", "success"]);
  tokens.forgetPod("u1");
  t.is(tokens.size, 0);
});

test("a held token that has not expired keeps serving while the API cannot issue a new one", async (t) => {
  let now = 0;
  let fail = false;
  const tokens = new ServiceAccountTokens({
    now: () => now,
    jitterMs: () => 0,
    request: async (_namespace, _serviceAccount, request) => {
      if (fail) throw new Error("no API");
      return { spec: request.spec, status: { token: "t", expirationTimestamp: new Date(now + 3600_000).toISOString() } };
    },
  });
  const pod = { metadata: { name: "p", namespace: "default", uid: "u" }, spec: {} } as Pod;
  await tokens.tokenFor(pod, { path: "token", expirationSeconds: 3600 });
  fail = true;
  now = 3000_000;
  t.is(await tokens.tokenFor(pod, { path: "token", expirationSeconds: 3600 }), "t");
  now = 3700_000;
  await t.throwsAsync(tokens.tokenFor(pod, { path: "token", expirationSeconds: 3600 }), { message: "no API" });
});
