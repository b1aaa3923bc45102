import { Link } from "@remix-run/react";
import type { Messages } from "~/i18n";
import { paths, type IdRef } from "~/utils/paths";
import { useOrgLayout } from "~/utils/use-org-layout";

/** "Tillbaka till steget" when the block page was opened from a step, else back to the overview. */
export function BlockBackLink({
  returnTo,
  t,
  ...to
}: (
  | { accounting: IdRef }
  | {
      /** @deprecated the accounting's path; pass `accounting` instead. */
      base: string;
    }
) & {
  /** `steps/<key>` (checked by the server's `readReturnTo`). */
  returnTo: string | null;
  t: Messages;
}) {
  const org = useOrgLayout()!.org;
  const stepKey = returnTo?.startsWith("steps/") ? returnTo.slice("steps/".length) : null;
  const overview = "accounting" in to ? paths.accounting(org, to.accounting) : to.base;
  const step = stepKey && ("accounting" in to ? paths.step(org, to.accounting, stepKey) : `${to.base}/${returnTo}`);
  return (
    <p className="-mt-4">
      <Link to={step || overview} className="font-semibold">
        ← {stepKey ? t.guide.blocks.back : t.guide.blocks.backOverview}
      </Link>
    </p>
  );
}
