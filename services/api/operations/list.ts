// list: the objects of a resource in a namespace (or all), filtered by label and field selectors,
// with the revision a watch can continue from. limit/continue page through the result by key.
import { BadRequestError } from "../../../runtime/api-errors.ts";
import type { ResourceInfo } from "../../../runtime/codec/resources.ts";
import { parseFieldSelector } from "../../../runtime/selectors/field-selector.ts";
import { parseLabelSelector } from "../../../runtime/selectors/label-selector.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import type { ApiContext } from "../api-context.ts";

export interface ListQuery {
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  limit?: number;
  continue?: string;
}

export interface ListResult {
  items: ApiObject[];
  resourceVersion: string;
  continue: string;
}

export type ObjectFilter = (object: ApiObject) => boolean;

/** Compiles the selectors of a list or watch into one predicate (BadRequest when malformed). */
export function compileFilter(info: ResourceInfo, query: { labelSelector?: string; fieldSelector?: string }): ObjectFilter {
  try {
    const labels = parseLabelSelector(query.labelSelector ?? "");
    const fields = parseFieldSelector(query.fieldSelector ?? "", info.kind);
    return (object) => labels.matches(object.metadata?.labels ?? {}) && fields.matches(object);
  } catch (error) {
    throw new BadRequestError((error as Error).message, [], { cause: error });
  }
}

function sortKey(object: ApiObject): string {
  return `${object.metadata?.namespace ?? ""}/${object.metadata?.name ?? ""}`;
}

function decodeContinue(token: string): string {
  const key = Buffer.from(token, "base64url").toString("utf8");
  if (!key.includes("/")) throw new BadRequestError(`invalid continue token "${token}"`);
  return key;
}

export async function listObjects(ctx: ApiContext, info: ResourceInfo, query: ListQuery): Promise<ListResult> {
  const filter = compileFilter(info, query);
  const after = query.continue ? decodeContinue(query.continue) : "";
  const { items, revision } = await ctx.repo.list(info, info.namespaced ? query.namespace || undefined : undefined);
  const matching = items
    .map((stored) => stored.object)
    .filter((object) => filter(object) && sortKey(object) > after)
    .sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1));
  const limit = query.limit && query.limit > 0 ? query.limit : matching.length;
  const page = matching.slice(0, limit);
  const more = matching.length > page.length;
  return {
    items: page,
    resourceVersion: String(revision),
    continue: more ? Buffer.from(sortKey(page[page.length - 1])).toString("base64url") : "",
  };
}
