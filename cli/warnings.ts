// The API's warnings (Pod Security, unknown fields dropped), printed as kubectl prints the
// `Warning: 299` headers it gets: one "Warning: ..." line each, on stderr.
import type { Writable } from "node:stream";

export function printWarnings(stderr: Writable): (warnings: string[]) => void {
  return (warnings) => {
    for (const warning of warnings) stderr.write(`Warning: ${warning}\n`);
  };
}
