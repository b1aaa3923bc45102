import { useState } from "react";
import { Button, TextField, useHydrated } from "~/components/ui";
import { useT } from "~/i18n/use-t";

/**
 * A freshly created public link: a read-only field (works without JavaScript: select and copy),
 * plus a "Kopiera länken" button once the page is interactive. The result is announced politely.
 */
export function CopyableLink({ link }: { link: string }) {
  const t = useT();
  const l = t.reports.links;
  const hydrated = useHydrated();
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  };

  return (
    <div className="space-y-2">
      <TextField name="publicLink" label={l.linkLabel} readOnly defaultValue={link} width="full" />
      {hydrated ? (
        <Button variant="secondary" onClick={() => void copy()}>
          {l.copy}
        </Button>
      ) : null}
      <p role="status" className="text-sm text-neutral-700">
        {status === "copied" ? l.copied : status === "failed" ? l.copyFailed : ""}
      </p>
    </div>
  );
}
