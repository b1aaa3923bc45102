import type { ReportModelMessages } from "~/i18n/sv/report-model";
import type { TableRow } from "../types";
import type { ReportSectionBuilder } from "./context";

/** About the organisation: a facts table (name, organisation number, umbrella, field, idea-based register). */
export const organisationSection: ReportSectionBuilder<"organisation"> = {
  key: "organisation",
  build: ({ source, t, table: { col, row, txt }, addTable }) => {
    const o = source.organisation;
    const m = t.organisation;
    const registered = o.registeredIdeaBased ?? source.tender?.reservedEligibility.registeredIdeaBased;
    const registerNumber = o.registerNumber ?? source.tender?.reservedEligibility.registerNumber;
    const rows: TableRow[] = [
      row("name", { fact: txt(m.name), value: txt(o.name) }),
      row("org-number", { fact: txt(m.orgNumber), value: txt(o.orgNumber) }),
    ];
    if (o.umbrella) rows.push(row("umbrella", { fact: txt(m.umbrella), value: txt(o.umbrella) }));
    if (o.sector) rows.push(row("sector", { fact: txt(m.sector), value: txt(o.sector) }));
    if (registered !== undefined) {
      rows.push(
        row("register", {
          fact: txt(m.registered),
          value: txt(registeredText(t, registered, registerNumber)),
        }),
      );
    }
    addTable({
      id: "organisation-facts",
      title: m.tableTitle,
      columns: [col("fact", t.words.item), col("value", t.words.value)],
      rows,
    });
    return [{ type: "table", tableId: "organisation-facts" }];
  },
};

/** "Ja, nr IO-2023-0457" / "Nej". */
export function registeredText(
  t: ReportModelMessages,
  registered: boolean,
  registerNumber: string | undefined,
): string {
  if (!registered) return t.words.no;
  return registerNumber ? `${t.words.yes}, ${t.words.registerNumber(registerNumber)}` : t.words.yes;
}
