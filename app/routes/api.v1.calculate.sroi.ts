import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { handleSroiCalculation, methodNotAllowed } from "~server/value/calculate-api.server";

/**
 * POST /api/v1/calculate/sroi (public, no sign-in): an SROI calculation by method guide §5.
 * Body: `{discountRate?, inputs: [{label, amount}], outcomes: [{label, quantity, proxyValue, deadweight,
 * displacement, attribution, dropOff, durationYears, startYear?, …}]}` with shares as fractions.
 * 200: the result unrounded; 400: `{errors: [{path, message}]}` (Swedish; English with Accept-Language: en).
 */
export async function action({ request }: ActionFunctionArgs) {
  return handleSroiCalculation(request);
}

export async function loader({ request }: LoaderFunctionArgs) {
  return methodNotAllowed(request);
}
