import test from "ava";
import { parsePodLogsRequest } from "./pod-logs-query.ts";

const fields = (body: unknown) => {
  const parsed = parsePodLogsRequest(body);
  return "errors" in parsed ? parsed.errors.map((error) => `${error.field}: ${error.message}`) : [];
};

test("a selector request in a namespace: every line by default, tail and since when given", (t) => {
  const parsed = parsePodLogsRequest({ namespace: "default", labelSelector: "app=hello", tailLines: 10, sinceTime: "2026-12-04T19:30:00Z" });
  if ("errors" in parsed) return t.fail(JSON.stringify(parsed.errors));
  t.like(parsed.query, { namespace: "default", name: undefined, tail: 10, allContainers: false });
  t.true(parsed.query.selector.matches({ app: "hello" }));
  t.false(parsed.query.selector.matches({ app: "other" }));
  t.is(parsed.query.since?.toISOString(), "2026-12-04T19:30:00.000Z");
  const all = parsePodLogsRequest({ namespace: "", tailLines: -1 });
  if ("errors" in all) return t.fail();
  t.is(all.query.namespace, undefined, "every namespace");
  t.is(all.query.tail, undefined, "every line");
});

test("bad fields are named", (t) => {
  t.deepEqual(fields({ namespace: "default", tailLines: "many" }), ["tailLines: must be a whole number >= 0, or -1 for all lines"]);
  t.deepEqual(fields({ namespace: "default", tailLines: -2 }), ["tailLines: must be a whole number >= 0, or -1 for all lines"]);
  t.regex(fields({ namespace: "default", labelSelector: "app in (" })[0], /^labelSelector: /);
  t.deepEqual(fields({ namespace: "default", sinceTime: "yesterday" }), ['sinceTime: "yesterday" is not an RFC3339 time like 2026-12-04T19:30:00Z']);
  t.deepEqual(fields({ namespace: "default", container: "a", allContainers: true }), ["allContainers: not with container: name one container or all of them"]);
  t.deepEqual(fields({ name: "web-0" }), ["namespace: a pod named by name needs its namespace"]);
  t.deepEqual(fields({ namespace: "default", name: "web-0", labelSelector: "app=web" }), ["labelSelector: give a pod name or a label selector, not both"]);
  t.deepEqual(fields({ namespace: 3 }), ["namespace: must be a string"]);
  t.deepEqual(fields({ namespace: "default", tail: 3 }), ["tail: unknown field"]);
  t.deepEqual(fields({ namespace: "default", follow: "yes" }), ["follow: must be true or false"]);
  t.deepEqual(fields({ namespace: "default", limit: 1.5 }), ["limit: must be a whole number >= 1 (0 or absent: the API's page size)"]);
  t.deepEqual(fields([]), ["<body>: must be a JSON object"]);
});
