// The resolv.conf a pod's containers get, by the pod's dnsPolicy (Kubernetes' rules):
// ClusterFirst (the default) = the cluster DNS with the namespace's search path, except for
// hostNetwork pods, which keep the host's; ClusterFirstWithHostNet = the cluster DNS always;
// Default = the host's /etc/resolv.conf; None = nothing but what dnsConfig says, and Troupe's
// PodSpec has no dnsConfig yet, so an empty configuration.

export interface ResolvConfInput {
  dnsPolicy: string | undefined;
  hostNetwork: boolean;
  namespace: string;
  clusterDns: string;
  clusterDomain: string;
}

/** The file's text, or undefined when the container keeps the host's resolver. */
export function podResolvConf(input: ResolvConfInput): string | undefined {
  const policy = input.dnsPolicy || "ClusterFirst";
  if (policy === "Default" || (policy === "ClusterFirst" && input.hostNetwork)) return undefined;
  if (policy === "None") return "# dnsPolicy None: no nameserver (dnsConfig is not supported by Troupe yet)\n";
  const domain = input.clusterDomain;
  return [
    `nameserver ${input.clusterDns}`,
    `search ${input.namespace}.svc.${domain} svc.${domain} ${domain}`,
    "options ndots:5",
    "",
  ].join("\n");
}
