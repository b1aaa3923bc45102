import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import { describe, expect, it } from "vitest";
import {
  AppShell,
  Badge,
  Button,
  CheckboxField,
  ConfirmDialog,
  DataTable,
  DescriptionList,
  EmptyState,
  ErrorSummary,
  Notice,
  NumberField,
  PageHeader,
  ProgressSteps,
  RadioGroup,
  SelectField,
  SubmitButton,
  Table,
  TBody,
  Td,
  TextArea,
  TextField,
  Th,
  THead,
  ToastViewport,
  Tr,
  fieldId,
  matchesSubmission,
  optionId,
} from "~/components/ui";

/* ---- tiny markup helpers (no DOM in the unit project) ---- */

/** The opening tag of the first element matching `tag` whose attributes contain `needle`. */
function findTag(html: string, tag: string, needle: string): string {
  const re = new RegExp(`<${tag}\\b[^>]*>`, "g");
  for (const match of html.match(re) ?? []) {
    if (match.includes(needle)) return match;
  }
  throw new Error(`No <${tag}> with ${needle} in:\n${html}`);
}

/** Attributes of an opening tag; names lower-cased (React writes e.g. `inputMode`, HTML ignores case). */
function attrs(tagHtml: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tagHtml.matchAll(/\s([a-zA-Z-:]+)(?:="([^"]*)")?/g)) out[m[1].toLowerCase()] = m[2] ?? "";
  return out;
}

/**
 * Renders inside a static data router (Link, Form, useNavigation, useLocation). MemoryRouter is
 * not used: it calls useLayoutEffect, which warns during server rendering.
 */
async function inDataRouter(element: ReactElement, url = "/") {
  const handler = createStaticHandler([{ path: "*", element }]);
  const context = await handler.query(new Request(`http://localhost${url}`));
  if (context instanceof Response) throw new Error("unexpected response");
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToStaticMarkup(<StaticRouterProvider router={router} context={context} hydrate={false} />);
}

/* ---- id scheme ---- */

describe("fieldId", () => {
  it("turns names into safe ids", () => {
    expect(fieldId("email")).toBe("field-email");
    expect(fieldId("members.0.name")).toBe("field-members-0-name");
    expect(fieldId("outcomes[2].value")).toBe("field-outcomes-2-value");
  });

  it("gives group options ids whose first is the field id", () => {
    expect(optionId("kind", 0)).toBe("field-kind");
    expect(optionId("kind", 1)).toBe("field-kind-2");
  });
});

/* ---- fields ---- */

describe("TextField", () => {
  it("wires label, hint and error to the input", () => {
    const html = renderToStaticMarkup(
      <TextField
        name="orgNumber"
        label="Organisationsnummer"
        hint="Tio siffror, till exempel 802412-3450"
        error="Skriv organisationsnumret som 802412-3450 (tio siffror)"
        defaultValue="123"
        required
      />,
    );
    const input = attrs(findTag(html, "input", 'id="field-orgNumber"'));
    expect(input.name).toBe("orgNumber");
    expect(input.type).toBe("text");
    expect(input.value).toBe("123");
    expect(input["aria-invalid"]).toBe("true");
    expect(input["aria-required"]).toBe("true");
    expect(input["aria-describedby"]?.split(" ")).toEqual(["field-orgNumber-hint", "field-orgNumber-error"]);
    expect(input.required).toBeUndefined();
    expect(html).toContain('<label for="field-orgNumber"');
    expect(findTag(html, "div", 'id="field-orgNumber-hint"')).toBeTruthy();
    // The error has the visible prefix and the message.
    expect(html).toMatch(/id="field-orgNumber-error"[^>]*>.*Fel:.*Skriv organisationsnumret som 802412-3450/);
    // Label comes before hint, hint before error, error before the input (GOV.UK order).
    const order = ["<label", 'id="field-orgNumber-hint"', 'id="field-orgNumber-error"', "<input"].map((s) =>
      html.indexOf(s),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("has no aria-invalid and only the hint when valid", () => {
    const html = renderToStaticMarkup(<TextField name="email" label="E-post" hint="Vi skickar kvitton hit" />);
    const input = attrs(findTag(html, "input", 'id="field-email"'));
    expect(input["aria-invalid"]).toBeUndefined();
    expect(input["aria-describedby"]).toBe("field-email-hint");
    expect(html).not.toContain("Fel:");
  });

  it("omits aria-describedby without hint or error, uses a custom error prefix and keeps extra ids", () => {
    const plain = attrs(findTag(renderToStaticMarkup(<TextField name="a" label="A" />), "input", 'id="field-a"'));
    expect(plain["aria-describedby"]).toBeUndefined();

    const html = renderToStaticMarkup(
      <TextField name="b" label="B" error="Fyll i B" errorPrefix="Error:" aria-describedby="counter-b" />,
    );
    expect(attrs(findTag(html, "input", 'id="field-b"'))["aria-describedby"]).toBe("field-b-error counter-b");
    expect(html).toContain("Error:");
  });

  it("passes through react-hook-form style props", () => {
    const html = renderToStaticMarkup(
      <TextField name="x" label="X" onChange={() => undefined} onBlur={() => undefined} autoComplete="email" />,
    );
    expect(attrs(findTag(html, "input", 'id="field-x"')).autocomplete).toBe("email");
  });
});

describe("NumberField, TextArea, SelectField", () => {
  it("NumberField is a text input with a decimal keypad", () => {
    const html = renderToStaticMarkup(
      <NumberField name="amount" label="Belopp" suffix="kr" defaultValue="12 345,50" />,
    );
    const input = attrs(findTag(html, "input", 'id="field-amount"'));
    expect(input.type).toBe("text");
    expect(input.inputmode).toBe("decimal");
    expect(input.value).toBe("12 345,50");
    expect(html).toMatch(/<span aria-hidden="true"[^>]*>kr<\/span>/);
  });

  it("TextArea and SelectField get the same wiring", () => {
    const ta = renderToStaticMarkup(<TextArea name="story" label="Berätta" error="Skriv minst en mening" />);
    const textarea = attrs(findTag(ta, "textarea", 'id="field-story"'));
    expect(textarea["aria-invalid"]).toBe("true");
    expect(textarea["aria-describedby"]).toBe("field-story-error");

    const sel = renderToStaticMarkup(
      <SelectField
        name="method"
        label="Metod"
        hint="Du kan byta senare"
        placeholder="Välj en metod"
        defaultValue="lfa"
        options={[
          { value: "sroi", label: "SROI" },
          { value: "lfa", label: "LFA" },
        ]}
      />,
    );
    expect(attrs(findTag(sel, "select", 'id="field-method"'))["aria-describedby"]).toBe("field-method-hint");
    expect(sel).toContain('<option value="">Välj en metod</option>');
    expect(sel).toMatch(/<option value="lfa" selected="">LFA<\/option>/);
  });
});

describe("RadioGroup and CheckboxField", () => {
  it("puts the question in a legend and links hint and error from the fieldset", () => {
    const html = renderToStaticMarkup(
      <RadioGroup
        name="kind"
        label="Vilken sorts organisation?"
        hint="Välj det som stämmer bäst"
        error="Välj vilken sorts organisation det är"
        defaultValue="umbrella"
        options={[
          { value: "association", label: "Förening" },
          { value: "umbrella", label: "Paraplyorganisation", hint: "Samlar flera föreningar" },
        ]}
      />,
    );
    const fieldset = attrs(findTag(html, "fieldset", "aria-describedby"));
    expect(fieldset["aria-describedby"]).toBe("field-kind-hint field-kind-error");
    expect(html).toMatch(/<legend[^>]*>.*Vilken sorts organisation\?.*<\/legend>/);
    const first = attrs(findTag(html, "input", 'id="field-kind"'));
    const second = attrs(findTag(html, "input", 'id="field-kind-2"'));
    expect(first.type).toBe("radio");
    expect(first.checked).toBeUndefined();
    expect(second.checked).toBe("");
    expect(second["aria-invalid"]).toBe("true");
    expect(second["aria-describedby"]).toBe("field-kind-2-item-hint");
    expect(html).toContain('<label for="field-kind-2"');
  });

  it("CheckboxField wires hint and error and checks by default when asked", () => {
    const html = renderToStaticMarkup(
      <CheckboxField
        name="consent"
        label="Jag har läst villkoren"
        hint="Länk finns nedan"
        error="Kryssa i rutan"
        defaultChecked
      />,
    );
    const input = attrs(findTag(html, "input", 'id="field-consent"'));
    expect(input.type).toBe("checkbox");
    expect(input.checked).toBe("");
    expect(input["aria-invalid"]).toBe("true");
    expect(input["aria-describedby"]).toBe("field-consent-hint field-consent-error");
  });
});

/* ---- error summary ---- */

describe("ErrorSummary", () => {
  it("links each error to its field id and can take focus", () => {
    const html = renderToStaticMarkup(
      <ErrorSummary
        title="Det finns ett problem"
        errors={[
          { field: "orgNumber", message: "Skriv organisationsnumret som 802412-3450" },
          { field: "members.0.name", message: "Skriv medlemmens namn" },
        ]}
      />,
    );
    const box = attrs(findTag(html, "div", 'role="alert"'));
    expect(box.tabindex).toBe("-1");
    const titleId = box["aria-labelledby"];
    expect(html).toContain(`<h2 id="${titleId}"`);
    expect(html).toContain("Det finns ett problem");
    expect(html).toMatch(/<a href="#field-orgNumber"[^>]*>Skriv organisationsnumret som 802412-3450<\/a>/);
    expect(html).toMatch(/<a href="#field-members-0-name"[^>]*>Skriv medlemmens namn<\/a>/);
  });

  it("renders nothing without errors", () => {
    expect(renderToStaticMarkup(<ErrorSummary title="Det finns ett problem" errors={[]} />)).toBe("");
  });

  it("targets the same id as the field it reports on", () => {
    const field = renderToStaticMarkup(<TextField name="members.0.name" label="Namn" error="Skriv namnet" />);
    const summary = renderToStaticMarkup(
      <ErrorSummary title="Problem" errors={[{ field: "members.0.name", message: "Skriv namnet" }]} />,
    );
    const href = /href="#([^"]+)"/.exec(summary)?.[1];
    expect(href).toBe("field-members-0-name");
    expect(field).toContain(`id="${href}"`);
  });
});

/* ---- buttons ---- */

describe("Button", () => {
  it("shows pending state with aria-busy and the pending text", () => {
    const html = renderToStaticMarkup(
      <Button pending pendingText="Sparar …">
        Spara
      </Button>,
    );
    const button = attrs(findTag(html, "button", "aria-busy"));
    expect(button["aria-busy"]).toBe("true");
    expect(button["aria-disabled"]).toBe("true");
    expect(button.type).toBe("button");
    expect(html).toContain("Sparar …");
    expect(html).not.toContain("Spara<");
    expect(html).toContain("animate-spin");
  });

  it("is idle without pending", () => {
    const html = renderToStaticMarkup(<Button variant="danger">Ta bort</Button>);
    expect(html).not.toContain("aria-busy");
    expect(html).toContain("bg-danger-700");
  });
});

describe("matchesSubmission", () => {
  const formData = (entries: Record<string, string>) => {
    const fd = new FormData();
    for (const [k, v] of Object.entries(entries)) fd.set(k, v);
    return fd;
  };

  it("matches by name/value pair", () => {
    const sub = { state: "submitting" as const, formData: formData({ intent: "save" }), formAction: "/o/a/steps" };
    expect(matchesSubmission(sub, { name: "intent", value: "save" })).toBe(true);
    expect(matchesSubmission(sub, { name: "intent", value: "delete" })).toBe(false);
  });

  it("matches by action, ignoring ?index and trailing slashes", () => {
    const sub = { state: "loading" as const, formData: formData({}), formAction: "/o/a/steps/?index" };
    expect(matchesSubmission(sub, { action: "/o/a/steps" })).toBe(true);
    expect(matchesSubmission(sub, { action: "http://localhost/o/a/steps?index" })).toBe(true);
    expect(matchesSubmission(sub, { action: "/o/a/members" })).toBe(false);
  });

  it("never matches an idle navigation or one without form data", () => {
    expect(matchesSubmission({ state: "idle" }, {})).toBe(false);
    expect(matchesSubmission({ state: "loading" }, {})).toBe(false);
    expect(matchesSubmission({ state: "submitting", formData: formData({}) }, {})).toBe(true);
  });
});

describe("SubmitButton", () => {
  it("is a submit button carrying its intent, idle when nothing is submitting", async () => {
    const html = await inDataRouter(<SubmitButton intent="invite">Skicka inbjudan</SubmitButton>);
    const button = attrs(findTag(html, "button", 'type="submit"'));
    expect(button.name).toBe("intent");
    expect(button.value).toBe("invite");
    expect(button["aria-busy"]).toBeUndefined();
    expect(html).toContain("Skicka inbjudan");
  });
});

/* ---- tables ---- */

describe("Table", () => {
  it("right-aligns numeric cells with tabular figures and scopes headers", () => {
    const html = renderToStaticMarkup(
      <Table caption="Intäkter 2026" captionHidden>
        <THead>
          <Tr>
            <Th>Post</Th>
            <Th numeric>Belopp</Th>
          </Tr>
        </THead>
        <TBody>
          <Tr>
            <Th>Medlemsavgifter</Th>
            <Td numeric>12 345,50 kr</Td>
          </Tr>
        </TBody>
      </Table>,
    );
    expect(html).toMatch(/<caption[^>]*class="sr-only"[^>]*>Intäkter 2026<\/caption>/);
    const numericHeader = findTag(html, "th", "text-right");
    expect(attrs(numericHeader).scope).toBe("col");
    expect(html).toMatch(/<th scope="row"[^>]*>Medlemsavgifter<\/th>/);
    const td = attrs(findTag(html, "td", "tabular-nums"));
    expect(td.class).toContain("text-right");
    // The scroll wrapper exists; it becomes a focusable region only when it overflows (after mount).
    expect(html).toContain("data-table-scroll");
    expect(html).not.toContain('role="region"');
  });

  it("DataTable builds rows from column render props", () => {
    const rows = [
      { id: "a", name: "Föräldrar", count: 12 },
      { id: "b", name: "Skolan", count: 3 },
    ];
    const html = renderToStaticMarkup(
      <DataTable
        caption="Intressenter"
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          { key: "name", header: "Namn", cell: (r) => r.name, rowHeader: true },
          { key: "count", header: "Antal", cell: (r) => String(r.count), numeric: true },
        ]}
      />,
    );
    expect(html.match(/<tr/g)?.length).toBe(3);
    expect(html).toMatch(/<th scope="row"[^>]*>Skolan<\/th><td[^>]*text-right[^>]*>3<\/td>/);
  });
});

/* ---- notices, badges, empty state ---- */

describe("Notice, ToastViewport, Badge, EmptyState", () => {
  it("uses alert for errors and status otherwise, with a hidden kind word", () => {
    const err = renderToStaticMarkup(
      <Notice kind="error" kindLabel="Fel:">
        Kunde inte spara
      </Notice>,
    );
    expect(err).toMatch(/^<div role="alert"/);
    expect(err).toContain('<span class="sr-only">Fel: </span>');
    const info = renderToStaticMarkup(<Notice title="Sparat 20.14" />);
    expect(info).toMatch(/^<div role="status"/);
    const quiet = renderToStaticMarkup(<Notice role="none">Text</Notice>);
    expect(quiet).not.toContain("role=");
  });

  it("ToastViewport keeps a live region and shows the flash with a labelled close button", () => {
    const empty = renderToStaticMarkup(<ToastViewport flash={null} closeLabel="Stäng" />);
    expect(empty).toContain('aria-live="polite"');
    expect(empty).not.toContain("Stäng");
    const html = renderToStaticMarkup(
      <ToastViewport
        flash={{ kind: "success", message: "Redovisningen är publicerad" }}
        closeLabel="Stäng meddelandet"
      />,
    );
    expect(html).toContain("Redovisningen är publicerad");
    expect(html).toMatch(/<button type="button"[^>]*>.*<span class="sr-only">Stäng meddelandet<\/span><\/button>/);
  });

  it("Badge carries its text; EmptyState has a heading, text and one action", () => {
    expect(renderToStaticMarkup(<Badge tone="success">Publicerad</Badge>)).toMatch(/>Publicerad<\/span>$/);
    const html = renderToStaticMarkup(
      <EmptyState title="Inga intressenter ännu" action={<button type="button">Lägg till en intressent</button>}>
        Intressenter är de som påverkas av det ni gör.
      </EmptyState>,
    );
    expect(html).toContain("<h2");
    expect(html).toContain("Inga intressenter ännu");
    expect(html).toContain("Lägg till en intressent");
  });
});

/* ---- router-dependent components ---- */

describe("page components", () => {
  it("PageHeader has one h1 and breadcrumbs with the current page marked", async () => {
    const html = await inDataRouter(
      <PageHeader
        title="Intressenter"
        breadcrumbsLabel="Du är här"
        breadcrumbs={[{ label: "Start", to: "/o/a" }, { label: "Intressenter" }]}
      />,
    );
    expect(html.match(/<h1/g)?.length).toBe(1);
    expect(html).toContain('<nav aria-label="Du är här"');
    expect(html).toMatch(/<a[^>]*href="\/o\/a"[^>]*>Start<\/a>/);
    expect(html).toMatch(/<span aria-current="page"[^>]*>Intressenter<\/span>/);
  });

  it("ProgressSteps lists links with state words and marks the current step", async () => {
    const html = await inDataRouter(
      <ProgressSteps
        label="Stegen"
        summary="Steg 2 av 3"
        stateLabels={{ "not-started": "Inte påbörjad", "in-progress": "Påbörjad", done: "Klar" }}
        steps={[
          { label: "Syfte", to: "/s/1", state: "done" },
          { label: "Intressenter", to: "/s/2", state: "in-progress", current: true },
          { label: "Effektkedja", to: "/s/3", state: "not-started" },
        ]}
      />,
    );
    expect(html).toContain("Steg 2 av 3");
    expect(html.match(/<a /g)?.length).toBe(3);
    const current = attrs(findTag(html, "a", 'aria-current="step"'));
    expect(current.href).toBe("/s/2");
    expect(html).toContain("Klar");
    expect(html).toContain("Påbörjad");
    expect(html).toContain("Inte påbörjad");
  });

  it("DescriptionList renders dt/dd pairs with a change link", async () => {
    const html = await inDataRouter(
      <DescriptionList
        items={[
          { label: "Namn", value: "Bollklubben", action: { label: "Ändra", to: "/edit", hiddenLabel: "namn" } },
          { label: "Ort", value: "Umeå" },
        ]}
      />,
    );
    expect(html).toMatch(/<dt[^>]*>Namn<\/dt><dd[^>]*>Bollklubben<\/dd>/);
    expect(html).toContain('<span class="sr-only"> namn</span>');
  });
});

describe("AppShell", () => {
  it("renders skip link, landmarks, org switcher, nav, user menu and language form", async () => {
    const html = await inDataRouter(
      <AppShell
        appName="Synlig"
        labels={{
          skipLink: "Hoppa till innehållet",
          mainNav: "Huvudmeny",
          menu: "Meny",
          currentOrg: "Du arbetar i",
          switchOrg: "Byt organisation",
          userMenu: "Ditt konto",
          logout: "Logga ut",
        }}
        currentOrg={{ name: "Bollklubben", slug: "bollklubben", kind: "association", kindLabel: "Förening" }}
        orgs={[
          { name: "Bollklubben", slug: "bollklubben", kind: "association", kindLabel: "Förening" },
          { name: "Idrottsförbundet", slug: "idrott", kind: "umbrella", kindLabel: "Paraply" },
        ]}
        nav={[
          { label: "Översikt", to: "/o/bollklubben", active: true },
          { label: "Redovisningar", to: "/o/bollklubben/reports" },
        ]}
        user={{ name: "Anna", links: [{ label: "Inställningar", to: "/settings" }] }}
        language={{ locale: "en", label: "English", redirectTo: "/o/bollklubben?x=1" }}
        footer={<p>Synlig</p>}
      >
        <p>Innehåll</p>
      </AppShell>,
      "/o/bollklubben",
    );
    expect(html.indexOf('class="skip-link"')).toBeLessThan(html.indexOf("<header"));
    expect(html).toContain('<a href="#main" class="skip-link">Hoppa till innehållet</a>');
    expect(html).toMatch(/<main id="main" tabindex="-1"[^>]*>.*Innehåll.*<\/main>/);
    expect(html).toContain("<footer");
    // Desktop nav and mobile disclosure nav both carry the label; the active item is marked.
    expect(html.match(/<nav aria-label="Huvudmeny"/g)?.length).toBe(2);
    expect(attrs(findTag(html, "a", 'aria-current="page"')).href).toBe("/o/bollklubben");
    // Org switcher links go to /o/:slug.
    expect(html).toContain('href="/o/idrott"');
    expect(html).toContain("Paraply");
    // Logout and language are real forms (work without JavaScript).
    expect(attrs(findTag(html, "form", 'action="/logout"')).method).toBe("post");
    const langForm = html.slice(html.indexOf('action="/language"'));
    expect(langForm).toMatch(/<input type="hidden" name="locale" value="en"\/>/);
    expect(langForm).toMatch(/<input type="hidden" name="redirectTo" value="\/o\/bollklubben\?x=1"\/>/);
    expect(langForm).toMatch(/<button type="submit" lang="en"[^>]*>English<\/button>/);
    expect(html).toContain("data-mobile-menu");
  });
});

describe("ConfirmDialog", () => {
  it("renders a submit trigger without the confirm field and a dialog that sends it", async () => {
    const html = await inDataRouter(
      <ConfirmDialog
        title="Vill du ta bort intressenten Föräldrar?"
        body={<p>Indikatorerna för Föräldrar tas också bort.</p>}
        confirmLabel="Ta bort intressenten"
        cancelLabel="Avbryt"
        triggerLabel="Ta bort"
        form={{ action: "/o/a/stakeholders", fields: { intent: "delete", id: "s1" } }}
      />,
    );
    expect(attrs(findTag(html, "form", 'action="/o/a/stakeholders"')).method).toBe("post");
    expect(html).toContain('<input type="hidden" name="intent" value="delete"/>');
    const trigger = findTag(html, "button", 'type="submit"');
    expect(attrs(trigger).name).toBeUndefined();
    const dialog = attrs(findTag(html, "dialog", "aria-labelledby"));
    expect(html).toContain(`id="${dialog["aria-labelledby"]}"`);
    expect(html).toContain(`id="${dialog["aria-describedby"]}"`);
    const confirm = attrs(findTag(html, "button", 'name="confirmed"'));
    expect(confirm.value).toBe("yes");
    expect(confirm.type).toBe("submit");
    expect(html).toContain("Ta bort intressenten");
  });
});
