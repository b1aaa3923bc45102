import { CheckboxGroup, FormStack, NumberField, RadioGroup, SelectField, TextArea, TextField } from "~/components/ui";
import { INDICATOR_DIRECTIONS, INDICATOR_LEVELS, INDICATOR_SECTORS } from "~/domain/indicators/types";
import { INDICATOR_UNITS } from "~/domain/indicators/units";
import { useLocale, useT } from "~/i18n/use-t";
import { messagesFor } from "~/i18n";

/**
 * The fields of an indicator definition (own indicator, or GSE editing a catalogue row). Field
 * names are the schema's paths ("name.sv", "proxy.valueSek"), so errors land beside the right box.
 */
export function IndicatorFormFields({
  values,
  errors,
  showCode,
}: {
  values: Record<string, string | string[] | undefined>;
  errors: Record<string, string>;
  showCode: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const m = t.indicators.definition;
  const v = (k: string): string => {
    const x = values[k];
    return typeof x === "string" ? x : "";
  };
  const sectors = Array.isArray(values.sectors) ? values.sectors : values.sectors ? [values.sectors] : [];
  return (
    <FormStack>
      {showCode ? (
        <TextField
          name="code"
          label={m.code}
          hint={m.codeHint}
          optionalLabel={t.common.optional}
          defaultValue={v("code")}
          error={errors.code}
          width="medium"
        />
      ) : null}
      <TextField name="name.sv" label={m.nameSv} required defaultValue={v("name.sv")} error={errors["name.sv"]} />
      <TextField
        name="name.en"
        label={m.nameEn}
        optionalLabel={t.common.optional}
        defaultValue={v("name.en")}
        error={errors["name.en"]}
      />
      <TextArea
        name="definition.sv"
        label={m.definitionSv}
        hint={m.definitionHint}
        required
        defaultValue={v("definition.sv")}
        error={errors["definition.sv"]}
        rows={4}
      />
      <TextArea
        name="definition.en"
        label={m.definitionEn}
        optionalLabel={t.common.optional}
        defaultValue={v("definition.en")}
        error={errors["definition.en"]}
        rows={3}
      />
      <TextField
        name="dataSource.sv"
        label={m.dataSourceSv}
        hint={m.dataSourceHint}
        required
        defaultValue={v("dataSource.sv")}
        error={errors["dataSource.sv"]}
      />
      <TextField
        name="dataSource.en"
        label={m.dataSourceEn}
        optionalLabel={t.common.optional}
        defaultValue={v("dataSource.en")}
        error={errors["dataSource.en"]}
      />
      <SelectField
        name="unit"
        label={m.unit}
        required
        defaultValue={v("unit") || "persons"}
        options={INDICATOR_UNITS.map((u) => ({ value: u, label: messagesFor(locale).indicators.labels.unit[u] }))}
        error={errors.unit}
        width="medium"
      />
      <RadioGroup
        name="level"
        label={m.level}
        required
        defaultValue={v("level") || "outcome"}
        options={INDICATOR_LEVELS.map((l) => ({ value: l, label: messagesFor(locale).indicators.labels.level[l] }))}
        error={errors.level}
      />
      <RadioGroup
        name="direction"
        label={m.direction}
        required
        inline
        defaultValue={v("direction") || "increase"}
        options={INDICATOR_DIRECTIONS.map((d) => ({
          value: d,
          label: messagesFor(locale).indicators.labels.direction[d],
        }))}
        error={errors.direction}
      />
      <CheckboxGroup
        name="sectors"
        label={m.sectors}
        optionalLabel={t.common.optional}
        defaultValue={sectors}
        options={INDICATOR_SECTORS.map((s) => ({ value: s, label: messagesFor(locale).indicators.labels.sector[s] }))}
        error={errors.sectors}
      />
      <fieldset className="space-y-6 rounded-lg border border-neutral-300 bg-white p-4">
        <legend className="px-1 text-xl font-semibold">{m.proxyTitle}</legend>
        <p className="max-w-prose text-neutral-700">{m.proxyIntro}</p>
        <NumberField
          name="proxy.valueSek"
          label={m.proxyValue}
          suffix="kr"
          defaultValue={v("proxy.valueSek")}
          error={errors["proxy.valueSek"]}
        />
        <TextField
          name="proxy.description.sv"
          label={m.proxyDescriptionSv}
          defaultValue={v("proxy.description.sv")}
          error={errors["proxy.description.sv"]}
        />
        <TextField
          name="proxy.description.en"
          label={m.proxyDescriptionEn}
          optionalLabel={t.common.optional}
          defaultValue={v("proxy.description.en")}
          error={errors["proxy.description.en"]}
        />
        <TextField
          name="proxy.source"
          label={m.proxySource}
          defaultValue={v("proxy.source")}
          error={errors["proxy.source"]}
        />
        <div className="flex flex-wrap gap-6">
          <NumberField
            name="proxy.sourceYear"
            label={m.proxySourceYear}
            inputMode="numeric"
            defaultValue={v("proxy.sourceYear")}
            error={errors["proxy.sourceYear"]}
            width="xshort"
          />
          <NumberField
            name="proxy.priceYear"
            label={m.proxyPriceYear}
            inputMode="numeric"
            defaultValue={v("proxy.priceYear")}
            error={errors["proxy.priceYear"]}
            width="xshort"
          />
        </div>
      </fieldset>
    </FormStack>
  );
}
