import type { SocioeconomicInputBody } from "./schema";

/**
 * The worked example of docs/domain/method-guide.md §6.2: a work-integrating social enterprise in Göteborg employs
 * 8 people from long-term social assistance, success rate 75 %, supervision and training 900 000 SEK
 * a year. Amounts are per effective person-year; only the assistance figure is a published number.
 * Shared by the tests; also usable as a "show an example" prefill in the UI.
 */
export function socioeconomicWorkedExample(): SocioeconomicInputBody {
  return {
    interventionCost: 900_000,
    groups: [
      {
        label: "Långvarigt ekonomiskt bistånd",
        participants: 8,
        years: 1,
        successRate: 0.75,
        productionValue: 150_000,
        items: [
          { actor: "kommun", label: "Undvikt ekonomiskt bistånd", type: "transfer", before: 63_682, after: 0 },
          { actor: "kommun", label: "Undviken handläggning", type: "real", amount: 20_000 },
          { actor: "kommun", label: "Ny kommunalskatt", type: "transfer", kind: "revenue", before: 0, after: 28_000 },
          { actor: "region", label: "Undviken hälso- och sjukvård", type: "real", amount: 30_000 },
          { actor: "region", label: "Ny regionskatt", type: "transfer", amount: 15_000 },
          { actor: "arbetsformedlingen", label: "Lönebidrag", type: "transfer", amount: -100_000 },
          { actor: "arbetsformedlingen", label: "Undvikna programkostnader", type: "real", amount: 15_000 },
          { actor: "ovrig-stat", label: "Undvikna kostnader i rättsväsendet", type: "real", amount: 10_000 },
        ],
      },
    ],
  };
}
