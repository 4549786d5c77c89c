// Pure decisions of `troupe set resources`: --limits / --requests lists of NAME=QUANTITY, each
// quantity checked, as the resources entry of a container's strategic merge patch (maps merged,
// so resources not named keep their values, as kubectl does).
import { QUANTITY_FORMAT_MESSAGE, isValidQuantity } from "../../runtime/quantity.ts";

export class SetResourcesError extends Error {
  override name = "SetResourcesError";
  readonly code = "SET_RESOURCES";
}

/** "cpu=200m,memory=512Mi" of `--flag` to a map; a malformed pair or quantity is named. */
export function parseResourceList(text: string | undefined, flag: "limits" | "requests"): Record<string, string> | undefined {
  if (text === undefined) return undefined;
  const list: Record<string, string> = {};
  for (const pair of text.split(",")) {
    const eq = pair.indexOf("=");
    if (eq <= 0 || eq === pair.length - 1) throw new SetResourcesError(`--${flag}: "${pair}" is not NAME=QUANTITY, such as cpu=200m,memory=512Mi`);
    const [name, quantity] = [pair.slice(0, eq), pair.slice(eq + 1)];
    if (!isValidQuantity(quantity)) throw new SetResourcesError(`--${flag}: invalid quantity "${quantity}" for ${name}: ${QUANTITY_FORMAT_MESSAGE}`);
    list[name] = quantity;
  }
  return list;
}

/** The resources entry both flags give; neither is kubectl's error. */
export function resourcesPatch(limits: string | undefined, requests: string | undefined): Record<string, Record<string, string>> {
  const resources: Record<string, Record<string, string>> = {};
  const parsedLimits = parseResourceList(limits, "limits");
  const parsedRequests = parseResourceList(requests, "requests");
  if (parsedLimits) resources.limits = parsedLimits;
  if (parsedRequests) resources.requests = parsedRequests;
  if (!parsedLimits && !parsedRequests) throw new SetResourcesError("you must specify an update to requests or limits (in the form of --requests/--limits)");
  return resources;
}
