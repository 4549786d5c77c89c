// troupe annotate: troupe label's mechanics on metadata.annotations.
import { metadataCommand } from "./label.ts";

export const run = metadataCommand("annotations");
