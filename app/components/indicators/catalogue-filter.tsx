import { Form, Link, useSubmit } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { SelectField, SubmitButton, TextField } from "~/components/ui";
import { INDICATOR_LEVELS, INDICATOR_SECTORS } from "~/domain/indicators/types";
import { useLocale, useT } from "~/i18n/use-t";
import { messagesFor } from "~/i18n";

export interface CatalogueFilterValues {
  q: string;
  sector: string;
  level: string;
  origin: string;
}

/**
 * The catalogue's search and filters as a GET form: works without JavaScript (submit), and with
 * JavaScript filters live as the user types (debounced) or changes a list.
 */
export function CatalogueFilter({
  values,
  clearTo,
  showOrigin = true,
}: {
  values: CatalogueFilterValues;
  clearTo: string;
  showOrigin?: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const m = t.indicators.catalogue;
  const submit = useSubmit();
  const formRef = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const live = (delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (formRef.current) submit(formRef.current, { replace: true, preventScrollReset: true });
    }, delay);
  };
  return (
    <Form
      ref={formRef}
      method="get"
      role="search"
      aria-label={t.indicators.add.filterTitle}
      className="grid gap-4 rounded-lg border border-neutral-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
      onChange={(e) => live((e.target as HTMLElement).tagName === "INPUT" ? 300 : 0)}
    >
      <TextField
        name="q"
        type="search"
        label={m.search}
        hint={m.searchHint}
        defaultValue={values.q}
        width="full"
        className="sm:col-span-2"
      />
      <SelectField
        name="sector"
        label={m.sector}
        defaultValue={values.sector}
        placeholder={m.allSectors}
        options={INDICATOR_SECTORS.map((s) => ({ value: s, label: messagesFor(locale).indicators.labels.sector[s] }))}
        width="full"
      />
      <SelectField
        name="level"
        label={m.level}
        defaultValue={values.level}
        placeholder={m.allLevels}
        options={INDICATOR_LEVELS.map((l) => ({ value: l, label: messagesFor(locale).indicators.labels.level[l] }))}
        width="full"
      />
      {showOrigin ? (
        <SelectField
          name="origin"
          label={m.show}
          defaultValue={values.origin}
          options={[
            { value: "all", label: m.showAll },
            { value: "catalogue", label: m.showCatalogue },
            { value: "own", label: m.showOwn },
          ]}
          width="full"
        />
      ) : null}
      <div className="flex flex-wrap items-end gap-3 sm:col-span-2 lg:col-span-3">
        <SubmitButton variant="secondary">{m.filter}</SubmitButton>
        <Link to={clearTo} className="py-2">
          {m.clear}
        </Link>
      </div>
    </Form>
  );
}
