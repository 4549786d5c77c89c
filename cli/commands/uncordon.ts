// troupe uncordon NODE: see cordon.ts.
import { cordonCommand } from "./cordon.ts";

export const run = cordonCommand(false);
