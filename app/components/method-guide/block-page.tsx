import { Link } from "@remix-run/react";
import { FormToken } from "~/components/mutation";
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

/**
 * The hidden fields that say which row a block form saves: editing sends the row id and the version
 * it was loaded at (a stale save answers 409); adding sends a one-time form token (a double submit
 * creates one row). `returnTo` leads back to the step the page was opened from.
 */
export function BlockRowFields({
  id,
  version,
  formToken,
  returnTo,
}: {
  id: string;
  version: number;
  formToken: string;
  returnTo: string | null | undefined;
}) {
  return (
    <>
      {id ? (
        <>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="baseVersion" value={String(version)} />
        </>
      ) : (
        <FormToken token={formToken} />
      )}
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
    </>
  );
}
