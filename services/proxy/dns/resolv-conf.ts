// The host's own resolvers, where names outside the cluster are forwarded: the `nameserver`
// lines of /etc/resolv.conf, as glibc reads them.
import { readFile } from "node:fs/promises";
import { isIP } from "node:net";

export function parseNameservers(text: string): string[] {
  const servers: string[] = [];
  for (const line of text.split("\n")) {
    const [keyword, address] = line.replace(/[#;].*$/, "").trim().split(/\s+/);
    if (keyword === "nameserver" && address && isIP(address.replace(/%.*$/, "")) !== 0) servers.push(address);
  }
  return servers;
}

/** The host's nameservers except `exclude` (our own address: forwarding to it would loop). */
export async function hostNameservers(path: string, exclude: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return [];
  }
  return parseNameservers(text).filter((server) => server !== exclude);
}
