import { Badge, DescriptionList } from "~/components/ui";
import { type IndicatorDirection, type IndicatorLevel, type LocalizedText } from "~/domain/indicators/types";
import { type IndicatorUnit } from "~/domain/indicators/units";
import { useLocale, useT } from "~/i18n/use-t";
import { messagesFor } from "~/i18n";
import { localized } from "~/i18n/localized";

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
          { label: m.definition, value: localized(ind.definition, locale) },
          { label: m.unit, value: messagesFor(locale).indicators.labels.unit[ind.unit] },
          { label: m.level, value: messagesFor(locale).indicators.labels.level[ind.level] },
          { label: m.direction, value: messagesFor(locale).indicators.labels.direction[ind.direction] },
          { label: m.dataSource, value: localized(ind.dataSource, locale) },
        ]}
      />
    </>
  );
}
