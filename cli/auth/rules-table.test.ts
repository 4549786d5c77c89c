import test from "ava";
import { rulesTable } from "./rules-table.ts";

test("can-i --list prints kubectl's compacted, sorted table", (t) => {
  const table = rulesTable({
    resourceRules: [
      { verbs: ["create"], apiGroups: ["authorization.k8s.io"], resources: ["selfsubjectaccessreviews", "selfsubjectrulesreviews"] },
      { verbs: ["get", "list", "watch"], apiGroups: [""], resources: ["pods", "pods/log"] },
      { verbs: ["get"], apiGroups: ["apps"], resources: ["deployments"] },
      { verbs: ["update"], apiGroups: ["apps"], resources: ["deployments"] },
      { verbs: ["get"], apiGroups: [""], resources: ["configmaps"], resourceNames: ["app"] },
    ],
    nonResourceRules: [{ verbs: ["get"], nonResourceURLs: ["/api", "/api/*"] }],
  });
  t.is(table, [
    "Resources                                       Non-Resource URLs   Resource Names   Verbs",
    "configmaps                                      []                  [app]            [get]",
    "pods                                            []                  []               [get list watch]",
    "pods/log                                        []                  []               [get list watch]",
    "deployments.apps                                []                  []               [get update]",
    "selfsubjectaccessreviews.authorization.k8s.io   []                  []               [create]",
    "selfsubjectrulesreviews.authorization.k8s.io    []                  []               [create]",
    "                                                [/api]              []               [get]",
    "                                                [/api/*]            []               [get]",
    "",
  ].join("\n"));
});
