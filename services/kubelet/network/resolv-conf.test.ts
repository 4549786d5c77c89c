import test from "ava";
import { podResolvConf, type ResolvConfInput } from "./resolv-conf.ts";

const base: ResolvConfInput = { dnsPolicy: "ClusterFirst", hostNetwork: false, namespace: "shop", clusterDns: "127.77.0.10", clusterDomain: "cluster.local" };

test("ClusterFirst gives the cluster DNS, the namespace's search path and ndots:5", (t) => {
  t.is(podResolvConf(base), "nameserver 127.77.0.10\nsearch shop.svc.cluster.local svc.cluster.local cluster.local\noptions ndots:5\n");
  t.is(podResolvConf({ ...base, dnsPolicy: undefined }), podResolvConf(base), "ClusterFirst is the default");
});

test("Default and hostNetwork ClusterFirst keep the host's resolver; ClusterFirstWithHostNet does not", (t) => {
  t.is(podResolvConf({ ...base, dnsPolicy: "Default" }), undefined);
  t.is(podResolvConf({ ...base, hostNetwork: true }), undefined);
  t.regex(podResolvConf({ ...base, hostNetwork: true, dnsPolicy: "ClusterFirstWithHostNet" }) ?? "", /^nameserver 127\.77\.0\.10$/m);
});

test("None gives a configuration without a nameserver, and says why", (t) => {
  const text = podResolvConf({ ...base, dnsPolicy: "None" }) ?? "";
  t.notRegex(text, /^nameserver/m);
  t.regex(text, /dnsConfig is not supported/);
});
