import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { handleSocioeconomicCalculation, methodNotAllowed } from "~server/value/calculate-api.server";

/**
 * POST /api/v1/calculate/socioeconomic (public, no sign-in): a simplified socio-economic account by
 * method guide §6. Body: `{interventionCost, groups: [{label, participants, years, successRate,
 * productionValue?, items: [{actor, label, type: "real"|"transfer", amount | before+after, kind?}]}]}`.
 * 200: per actor, public sector, state and society, unrounded; 400: `{errors: [{path, message}]}`.
 */
export async function action({ request }: ActionFunctionArgs) {
  return handleSocioeconomicCalculation(request);
}

export async function loader({ request }: LoaderFunctionArgs) {
  return methodNotAllowed(request);
}
