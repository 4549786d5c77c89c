// Columns of VerticalPodAutoscaler, as the VPA CRD's additionalPrinterColumns print them:
// NAME MODE CPU MEM PROVIDED AGE (CPU and MEM: the first container's target).
import type { KubeObject } from "../api-client.ts";
import { ageColumn, column, nameColumn, type Column } from "./column.ts";

interface VpaJson {
  spec?: { updatePolicy?: { updateMode?: string } };
  status?: {
    recommendation?: { containerRecommendations?: { target?: Record<string, string> }[] };
    conditions?: { type?: string; status?: string }[];
  };
}

const vpa = (object: KubeObject) => object as unknown as VpaJson;
const firstTarget = (object: KubeObject) => vpa(object).status?.recommendation?.containerRecommendations?.[0]?.target ?? {};

export const verticalPodAutoscalerColumns: Column[] = [
  nameColumn,
  column("Mode", "The update mode.", (object) => vpa(object).spec?.updatePolicy?.updateMode ?? ""),
  column("CPU", "The first container's recommended CPU.", (object) => firstTarget(object).cpu ?? ""),
  column("Mem", "The first container's recommended memory.", (object) => firstTarget(object).memory ?? ""),
  column("Provided", "Whether a recommendation is provided.", (object) => vpa(object).status?.conditions?.find((condition) => condition.type === "RecommendationProvided")?.status ?? ""),
  ageColumn,
];
