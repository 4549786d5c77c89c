// LimitRange validation (Kubernetes' ValidateLimitRange): known item types, valid quantities,
// min <= defaultRequest <= default <= max, and ratios of at least 1.
import type { troupe } from "../../../../proto/gen/troupe.js";
import type { FieldError } from "../../../../runtime/codec/field-error.ts";
import { isValidQuantity, parseQuantity, QUANTITY_FORMAT_MESSAGE } from "../../../../runtime/quantity.ts";
import { invalid, notSupported } from "./field-errors.ts";

const ITEM_TYPES = ["Container", "Pod", "PersistentVolumeClaim"] as const;
const MAPS = ["max", "min", "default", "defaultRequest", "maxLimitRequestRatio"] as const;

export function validateLimitRange(range: troupe.v1.LimitRange.$Properties): FieldError[] {
  const errors: FieldError[] = [];
  (range.spec?.limits ?? []).forEach((item, index) => {
    const path = `spec.limits[${index}]`;
    if (!ITEM_TYPES.includes(item.type as (typeof ITEM_TYPES)[number])) errors.push(notSupported(`${path}.type`, item.type, ITEM_TYPES));
    if (item.type === "Pod") {
      if (Object.keys(item.default ?? {}).length > 0) errors.push(invalid(`${path}.default`, item.default, "may not be specified when `type` is 'Pod'"));
      if (Object.keys(item.defaultRequest ?? {}).length > 0) errors.push(invalid(`${path}.defaultRequest`, item.defaultRequest, "may not be specified when `type` is 'Pod'"));
    }
    for (const map of MAPS) {
      for (const [resource, text] of Object.entries(item[map] ?? {})) {
        if (!isValidQuantity(text)) errors.push(invalid(`${path}.${map}[${resource}]`, text, QUANTITY_FORMAT_MESSAGE));
      }
    }
    const value = (map: (typeof MAPS)[number], resource: string): number | undefined => {
      const text = item[map]?.[resource];
      return text !== undefined && isValidQuantity(text) ? parseQuantity(text) : undefined;
    };
    const order = [["min", "defaultRequest"], ["defaultRequest", "default"], ["default", "max"], ["min", "max"]] as const;
    const resources = new Set(MAPS.flatMap((map) => Object.keys(item[map] ?? {})));
    for (const resource of resources) {
      for (const [low, high] of order) {
        const a = value(low, resource);
        const b = value(high, resource);
        if (a !== undefined && b !== undefined && a > b) {
          errors.push(invalid(`${path}.${high}[${resource}]`, item[high]?.[resource], `${low} value ${item[low]?.[resource]} is greater than ${high} value ${item[high]?.[resource]}`));
        }
      }
      const ratio = value("maxLimitRequestRatio", resource);
      if (ratio !== undefined && ratio < 1) errors.push(invalid(`${path}.maxLimitRequestRatio[${resource}]`, item.maxLimitRequestRatio?.[resource], "ratio must be greater than or equal to 1"));
    }
  });
  return errors;
}
