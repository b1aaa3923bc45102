import { Link } from "@remix-run/react";
import type { Messages } from "~/i18n";
import { paths, type IdRef } from "~/utils/paths";
import { useOrgLayout } from "~/utils/use-org-layout";

/** "Tillbaka till steget" when the block page was opened from a step, else back to the overview. */
export function BlockBackLink({
  accounting,
  returnTo,
  t,
}: {
  accounting: IdRef;
  /** `steps/<key>` (checked by the server's `readReturnTo`). */
  returnTo: string | null;
  t: Messages;
}) {
  const org = useOrgLayout()!.org;
  const stepKey = returnTo?.startsWith("steps/") ? returnTo.slice("steps/".length) : null;
  return (
    <p className="-mt-4">
      <Link
        to={stepKey ? paths.step(org, accounting, stepKey) : paths.accounting(org, accounting)}
        className="font-semibold"
      >
        ← {stepKey ? t.guide.blocks.back : t.guide.blocks.backOverview}
      </Link>
    </p>
  );
}
