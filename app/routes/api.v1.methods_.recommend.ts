import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { parseRecommenderAnswers, recommend } from "~/domain/method-guide";
import { messagesFor } from "~/i18n";
import { getApiLocale } from "~server/auth/cookies.server";

/**
 * `POST /api/v1/methods/recommend` with the questionnaire answers as JSON →
 * `{"recommendations":[{"method","reason":{"sv","en"}}],"advice":{"sv","en"},"rule"}`. Public, no
 * personal data. Invalid JSON or answers → 400 `{"errors":[{"path","message"}]}` in the caller's
 * language (Accept-Language).
 */
export async function action({ request }: ActionFunctionArgs) {
  const locale = getApiLocale(request);
  const t = messagesFor(locale);
  if (request.method !== "POST") {
    return json(
      { errors: [{ path: "", message: t.guide.api.methodNotAllowed }] },
      { status: 405, headers: { Allow: "POST" } },
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    return json({ errors: [{ path: "", message: t.guide.api.invalidJson }] }, { status: 400 });
  }
  const parsed = parseRecommenderAnswers(body, locale);
  if (!parsed.ok) return json({ errors: parsed.errors }, { status: 400 });
  const result = recommend(parsed.value);
  return json({
    recommendations: result.recommendations.map((r) => ({
      method: r.method,
      reason: { sv: r.reason.sv, en: r.reason.en },
    })),
    advice: { sv: result.advice.sv, en: result.advice.en },
    rule: result.rule,
  });
}

/** A GET explains that the endpoint takes POST. */
export async function loader({ request }: LoaderFunctionArgs) {
  const t = messagesFor(getApiLocale(request));
  return json(
    { errors: [{ path: "", message: t.guide.api.methodNotAllowed }] },
    { status: 405, headers: { Allow: "POST" } },
  );
}
