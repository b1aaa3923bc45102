import { Badge, DescriptionList } from "~/components/ui";
import {
  DIRECTION_LABELS,
  LEVEL_LABELS,
  type IndicatorDirection,
  type IndicatorLevel,
  type LocalizedText,
} from "~/domain/indicators/types";
import { UNIT_LABELS, type IndicatorUnit } from "~/domain/indicators/units";
import { useLocale, useT } from "~/i18n/use-t";

/** What an indicator is: its origin (catalogue or own), definition, unit, level, direction and data source. */
export function IndicatorFacts({
  indicator,
}: {
  indicator: {
    isCatalogue: boolean;
    definition: LocalizedText;
    unit: IndicatorUnit;
    level: IndicatorLevel;
    direction: IndicatorDirection;
    dataSource: LocalizedText;
  };
}) {
  const t = useT();
  const locale = useLocale();
  const m = t.indicators.detail;
  const ind = indicator;
  return (
    <>
      <div className="mb-3">
        <Badge tone={ind.isCatalogue ? "accent" : "neutral"}>
          {ind.isCatalogue ? t.indicators.origin.catalogue : t.indicators.origin.own}
        </Badge>{" "}
        <span className="text-neutral-700">{ind.isCatalogue ? m.catalogueNote : m.ownNote}</span>
      </div>
      <DescriptionList
        items={[
          { label: m.definition, value: ind.definition[locale] || ind.definition.sv },
          { label: m.unit, value: UNIT_LABELS[ind.unit][locale] },
          { label: m.level, value: LEVEL_LABELS[ind.level][locale] },
          { label: m.direction, value: DIRECTION_LABELS[ind.direction][locale] },
          { label: m.dataSource, value: ind.dataSource[locale] || ind.dataSource.sv },
        ]}
      />
    </>
  );
}
