import test from "ava";
import { requestInfo } from "./request-info.ts";

const read = (method: string, path: string) => requestInfo(method, new URL(path, "https://kube-api"));

test("a namespaced object path gives group, version, namespace, resource and name", (t) => {
  t.deepEqual(read("GET", "/apis/apps/v1/namespaces/shop/deployments/web"), {
    type: "resource", group: "apps", version: "v1", namespace: "shop", resource: "deployments", name: "web", subresource: "", verb: "get",
  });
});

test("a core list across namespaces is a list with no namespace", (t) => {
  t.like(read("GET", "/api/v1/pods?labelSelector=app%3Dweb"), { group: "", version: "v1", namespace: "", resource: "pods", name: "", verb: "list" });
});

test("watch=true and the deprecated /watch/ prefix are both watches", (t) => {
  t.like(read("GET", "/api/v1/namespaces/default/pods?watch=true"), { verb: "watch", resource: "pods" });
  t.like(read("GET", "/api/v1/watch/namespaces/default/pods"), { verb: "watch", resource: "pods", namespace: "default" });
});

test("namespaces themselves are addressed as a cluster-scoped resource", (t) => {
  t.like(read("GET", "/api/v1/namespaces"), { resource: "namespaces", name: "", namespace: "", verb: "list" });
  t.like(read("DELETE", "/api/v1/namespaces/shop"), { resource: "namespaces", name: "shop", namespace: "", verb: "delete" });
  t.like(read("PUT", "/api/v1/namespaces/shop/status"), { resource: "namespaces", name: "shop", subresource: "status", verb: "update" });
});

test("methods map to Kubernetes verbs, DELETE without a name being deletecollection", (t) => {
  t.like(read("POST", "/api/v1/namespaces/default/configmaps"), { verb: "create" });
  t.like(read("PATCH", "/apis/apps/v1/namespaces/default/deployments/web/scale"), { verb: "patch", subresource: "scale" });
  t.like(read("DELETE", "/api/v1/namespaces/default/pods"), { verb: "deletecollection" });
  t.is(read("TRACE", "/api/v1/pods"), undefined);
});

test("exec, attach and port-forward are connects; log is a get", (t) => {
  t.like(read("POST", "/api/v1/namespaces/default/pods/web/exec?command=echo"), { verb: "connect", subresource: "exec" });
  t.like(read("GET", "/api/v1/namespaces/default/pods/web/portforward"), { verb: "connect", subresource: "portforward" });
  t.like(read("GET", "/api/v1/namespaces/default/pods/web/log?follow=true"), { verb: "get", subresource: "log" });
});

test("discovery and other paths are non-resource requests", (t) => {
  for (const path of ["/api", "/apis", "/api/v1", "/apis/apps", "/apis/apps/v1", "/version", "/openapi/v3/apis/apps/v1"]) {
    t.is(read("GET", path)?.type, "nonresource", path);
  }
  t.is(read("GET", "/api/v1/namespaces/default/pods/web/log/extra")?.type, "nonresource");
});
