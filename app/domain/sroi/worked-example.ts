import type { SroiInputBody } from "./schema";

/**
 * The worked example of docs/domain/method-guide.md §5.4: a work-training association with a grant and volunteer
 * time as inputs, outcome A (off social assistance) and outcome B (less lonely, placeholder proxy).
 * Shared by the tests; also usable as a "show an example" prefill in the UI.
 */
export function sroiWorkedExample(): SroiInputBody {
  return {
    discountRate: 0.035,
    inputs: [
      { label: "Bidrag", amount: 450_000 },
      { label: "Ideell tid, 1 500 timmar × 194 kr", amount: 291_000 },
    ],
    outcomes: [
      {
        label: "Deltagare lämnar ekonomiskt bistånd för arbete",
        stakeholder: "Deltagare",
        quantity: 10,
        unit: "hushåll",
        proxyValue: 63_682,
        proxySource: "Stockholms stad, statistik om ekonomiskt bistånd 1995–2017",
        proxyYear: 2017,
        deadweight: 0.2,
        displacement: 0,
        attribution: 0.25,
        dropOff: 0.3,
        durationYears: 3,
        startYear: 1,
        justifications: {
          deadweight: "Jämförelse med kommunens statistik över personer som lämnar bistånd utan stöd.",
          displacement: "Arbetena tränger inte undan andra sökande.",
          attribution: "Arbetsförmedlingen och socialtjänsten bidrar också.",
          dropOff: "Några återgår till bistånd efter hand.",
        },
      },
      {
        label: "Deltagare känner sig mindre ensamma",
        stakeholder: "Deltagare",
        quantity: 40,
        unit: "personer",
        proxyValue: 5_000,
        placeholder: true,
        deadweight: 0.1,
        displacement: 0,
        attribution: 0.2,
        dropOff: 0,
        durationYears: 1,
        justifications: {
          deadweight: "Enkät till deltagarna.",
          displacement: "Ingen undanträngning.",
          attribution: "Andra mötesplatser bidrar.",
        },
      },
    ],
  };
}
