import { sroiParameterLabel, type DeductionKey } from "~/domain/sroi";
import type { Messages } from "~/i18n";
import type { Locale } from "~/i18n/types";

/**
 * The reader's names for the fields of the two value forms, for the conflict view's differences
 * ("outcomes.0.quantity" → "Effekt 1: Antal").
 */

export function sroiFieldLabel(t: Messages, locale: Locale): (path: string) => string {
  const v = t.value;
  return (path) => {
    const parts = path.split(".");
    const fieldNames: Record<string, string> = {
      kind: v.sroi.kind,
      discountRate: v.sroi.discountRate,
      label: parts[0] === "inputs" ? v.sroi.inputLabel : v.sroi.outcomeLabel,
      amount: v.sroi.inputAmount,
      volunteerHours: v.sroi.inputHours,
      stakeholder: v.sroi.stakeholder,
      indicatorLabel: v.sroi.indicator,
      quantity: v.sroi.quantity,
      unit: v.sroi.unit,
      proxyValue: v.sroi.proxyValue,
      proxySource: v.sroi.proxySource,
      proxyYear: v.sroi.proxyYear,
      catalogueProxy: v.sroi.catalogueProxy,
      placeholder: v.sroi.placeholder,
      negative: v.sroi.negative,
      durationYears: v.sroi.durationYears,
      startYear: v.sroi.startYear,
      deadweight: sroiParameterLabel("deadweight", locale),
      displacement: sroiParameterLabel("displacement", locale),
      attribution: sroiParameterLabel("attribution", locale),
      dropOff: sroiParameterLabel("dropOff", locale),
    };
    const last = parts[parts.length - 1] ?? path;
    const name = parts.includes("justifications")
      ? v.sroi.justification(sroiParameterLabel(last as DeductionKey, locale))
      : (fieldNames[last] ?? path);
    if (parts[0] === "inputs" && parts[1]) return `${v.sroi.inputHeading(Number(parts[1]) + 1)}: ${name}`;
    if (parts[0] === "outcomes" && parts[1]) return `${v.sroi.outcomeHeading(Number(parts[1]) + 1, "")}: ${name}`;
    return name;
  };
}

export function socioFieldLabel(t: Messages): (path: string) => string {
  const v = t.value;
  return (path) => {
    const parts = path.split(".");
    const names: Record<string, string> = {
      interventionCost: v.socio.interventionCost,
      label: parts.includes("items") ? v.socio.itemLabel : v.socio.groupLabel,
      participants: v.socio.participants,
      years: v.socio.years,
      successRate: v.socio.successRate,
      productionValue: v.socio.productionValue,
      actor: v.socio.actor,
      type: v.socio.type,
      amount: v.socio.amount,
      before: v.socio.before,
      after: v.socio.after,
      kind: v.socio.kind,
    };
    const name = names[parts[parts.length - 1] ?? ""] ?? path;
    const group = parts[0] === "groups" && parts[1] ? `${v.socio.groupHeading(Number(parts[1]) + 1, "")}: ` : "";
    const item = parts[2] === "items" && parts[3] ? `${v.socio.itemHeading(Number(parts[3]) + 1)}: ` : "";
    return `${group}${item}${name}`;
  };
}
