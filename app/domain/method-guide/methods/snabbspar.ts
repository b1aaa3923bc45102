/**
 * The light path (snabbspåret) [REC]: purpose → impact chain → three to five catalogue indicators →
 * action plan, giving a simple effect report. It is the fallback of the decision table (§3.2 R11):
 * the minimum follow-up every method can build on. Not one of the guide's eight methods.
 */
import { AUDIENCES, AUDIENCE_LABELS } from "../accounting";
import { actionPlanBlock, date, impactChainBlock, indicatorsBlock, select, t, textarea } from "../field-builders";
import type { MethodDefinition } from "../types";

/** Recommended number of catalogue indicators on the light path. */
export const SNABBSPAR_INDICATOR_RANGE = { min: 3, max: 5 } as const;

export const SNABBSPAR: MethodDefinition = {
  key: "snabbspar",
  name: t("Snabbspåret", "The fast track"),
  summary: t(
    "Den enklaste vägen: syfte, effektkedja, tre till fem indikatorer och en handlingsplan ger en enkel effektrapport.",
    "The simplest route: purpose, impact chain, three to five indicators and an action plan give you a simple impact report.",
  ),
  suits: t(
    "Alla föreningar som vill komma i gång snabbt, eller som ännu inte vet vilken metod som passar. Allt ni gör här kan ni bygga vidare på i de andra metoderna.",
    "Any association that wants to get started quickly, or does not yet know which method fits. Everything you do here can be built on in the other methods.",
  ),
  size: ["S", "M", "L"],
  effort: "low",
  effortLabel: t("Låg, några kvällar", "Low, a few evenings"),
  monetary: false,
  monetaryResult: t("Nej", "No"),
  verification: t("Ingen", "None"),
  mainPurpose: t("Enkel uppföljning att bygga vidare på", "Simple follow-up to build on"),
  finalReport: t(
    "En enkel effektrapport: syfte, effektkedja, indikatorer med utgångsläge, målvärde och utfall, och handlingsplanen.",
    "A simple impact report: purpose, impact chain, indicators with baseline, target and actual result, and the action plan.",
  ),
  provenance: "REC",
  ownerLink: null,
  steps: [
    {
      key: "purpose",
      title: t("Syfte och mottagare", "Purpose and audience"),
      help: t(
        "Skriv varför ni vill visa er nytta och vem som ska läsa det. Sätt gärna ett datum då det ska vara klart. Exempel: ”Vi vill visa kommunen vad läxhjälpen ger, inför ansökan i oktober.”",
        "Write why you want to show the good you do and who will read it. Set a date for when it should be ready, if you can. Example: “We want to show the municipality what our homework club achieves, ahead of the application in October.”",
      ),
      fields: [
        textarea("purpose", t("Varför vill ni visa er nytta?", "Why do you want to show the good you do?"), {
          required: true,
          maxLength: 2000,
        }),
        select(
          "audience",
          t("Vem ska läsa det?", "Who will read it?"),
          AUDIENCES.map((a) => ({ value: a, label: AUDIENCE_LABELS[a] })),
          { required: true },
        ),
        date("deadline", t("Klart senast", "Ready by")),
      ],
    },
    {
      key: "impact-chain",
      title: t("Effektkedja", "Impact chain"),
      help: t(
        "Beskriv ert arbete som en kedja: vad ni lägger in, vad ni gör, vad det blir och vilken förändring det leder till. Ta en låda i taget och använd vanliga ord. Kedjan är grunden för alla metoder, så den kommer till nytta även om ni går vidare senare.",
        "Describe your work as a chain: what you put in, what you do, what it produces and what change it leads to. Take one box at a time and use everyday words. The chain underpins every method, so it will be useful even if you move on later.",
      ),
      fields: [impactChainBlock(true)],
    },
    {
      key: "indicators",
      title: t("Välj indikatorer", "Choose indicators"),
      help: t(
        "Välj tre till fem indikatorer ur katalogen som visar om förändringen i effektkedjan händer. Skriv in utgångsläget nu och målvärdet ni siktar på. Exempel: ”antal barn som deltar varje vecka”, i dag 25, målvärde 40.",
        "Choose three to five indicators from the catalogue that show whether the change in your impact chain is happening. Enter the baseline now and the target you aim for. Example: “number of children taking part each week”, 25 today, target 40.",
      ),
      fields: [
        indicatorsBlock(
          true,
          t(
            "Katalogens indikatorer har färdiga namn och enheter, så att GSE kan jämföra föreningar. Tre till fem räcker.",
            "Catalogue indicators have ready-made names and units, so GSE can compare associations. Three to five is enough.",
          ),
        ),
      ],
    },
    {
      key: "action-plan",
      title: t("Handlingsplan och lärdomar", "Action plan and lessons"),
      help: t(
        "Titta på det ni har fått fram och bestäm vad ni ska göra härnäst. Skriv varje åtgärd i handlingsplanen: vad, varför, hur, när, vem och hur ni ser att det har fungerat. Sedan kan appen göra en enkel effektrapport.",
        "Look at what you have found and decide what to do next. Put each action in the action plan: what, why, how, when, who and how you will see it has worked. The app can then produce a simple impact report.",
      ),
      fields: [
        textarea("lessons", t("Vad har ni lärt er?", "What have you learnt?"), { maxLength: 3000 }),
        actionPlanBlock(),
      ],
    },
  ],
};
