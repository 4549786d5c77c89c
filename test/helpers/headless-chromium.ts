// Debian's chromium driven by playwright-core, for the console's browser tests and benchmark;
// scripts/setup.sh installs it when root. Tests skip, saying why, when it is missing.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = process.env.TROUPE_CHROMIUM || "/usr/bin/chromium";

/** Why the browser cannot run here, or undefined when it can. */
export function chromiumMissing(): string | undefined {
  return existsSync(CHROMIUM) ? undefined : `no chromium at ${CHROMIUM} (apt-get install chromium, or scripts/setup.sh as root; TROUPE_CHROMIUM names another)`;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-background-networking"] });
}
