import test from "ava";
import { authenticatedUser } from "../../runtime/auth/user-info.ts";
import { readAccessReview, reviewOutcome } from "./login.ts";
import { MAX_SESSION_MS, parseCookies, SESSION_COOKIE, sessionCookie, SessionStore } from "./sessions.ts";
import { sseEvent } from "./sse.ts";
import { isSampled, traceIdOf } from "./trace-lookup.ts";
import { parseMetricsTargets } from "./options.ts";

const admin = authenticatedUser("troupe-admin", ["system:masters"]);

test("a session ends at the token's expiry or after MAX_SESSION_MS, whichever is first", (t) => {
  let now = 1_000_000;
  const sessions = new SessionStore(() => now);
  const short = sessions.open(admin, new Date(now + 60_000));
  const long = sessions.open(admin);
  t.is(long.session.expiresAt, now + MAX_SESSION_MS);
  t.truthy(sessions.find(short.id));
  now += 60_000;
  t.is(sessions.find(short.id), undefined);
  t.truthy(sessions.find(long.id));
  t.is(sessions.find("guessed"), undefined);
  t.not(short.id, long.id);
});

test("the session cookie is HttpOnly and SameSite=Strict, and is read back from a Cookie header", (t) => {
  t.is(sessionCookie("abc", 60.7), `${SESSION_COOKIE}=abc; HttpOnly; SameSite=Strict; Path=/; Max-Age=60`);
  t.is(parseCookies(`other=1; ${SESSION_COOKIE}=abc`).get(SESSION_COOKIE), "abc");
  t.is(parseCookies(undefined).size, 0);
});

test("a login is let in only when the API's review allows its user to list pods", (t) => {
  t.like(readAccessReview(admin), { kind: "SubjectAccessReview", spec: { user: "troupe-admin", groups: ["system:masters", "system:authenticated"], resourceAttributes: { verb: "list", resource: "pods" } } });
  t.like(reviewOutcome(admin, { apiVersion: "authorization.k8s.io/v1", kind: "SubjectAccessReview", status: { allowed: true } }), { ok: true });
  t.deepEqual(reviewOutcome(admin, { apiVersion: "authorization.k8s.io/v1", kind: "SubjectAccessReview", status: { allowed: false, reason: "no binding" } }), { ok: false, reason: "user troupe-admin may not list pods (no binding)" });
});

test("server-sent events carry one JSON or multi-line text per event", (t) => {
  t.is(sseEvent("change", { a: 1 }), 'event: change\ndata: {"a":1}\n\n');
  t.is(sseEvent("line", "one\ntwo"), "event: line\ndata: one\ndata: two\n\n");
});

test("a traceparent's trace id is read, a malformed or all-zero one refused", (t) => {
  t.is(traceIdOf("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"), "4bf92f3577b34da6a3ce929d0e0e4736");
  t.is(traceIdOf("00-00000000000000000000000000000000-00f067aa0ba902b7-01"), undefined);
  t.is(traceIdOf("garbage"), undefined);
  t.is(traceIdOf(undefined), undefined);
  t.true(isSampled("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
  t.false(isSampled("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00"));
});

test("metrics targets are name=url pairs; anything else is a clear error", (t) => {
  t.deepEqual(parseMetricsTargets("api=http://127.0.0.1:1/metrics,scheduler=http://127.0.0.1:2/metrics"), [{ name: "api", url: "http://127.0.0.1:1/metrics" }, { name: "scheduler", url: "http://127.0.0.1:2/metrics" }]);
  t.throws(() => parseMetricsTargets("api"), { message: /"api" is not name=http/ });
});
