import { Link, useLocation } from "@remix-run/react";
import { Notice, Table, TBody, Td, Th, THead, Tr } from "~/components/ui";
import { useT } from "~/i18n/use-t";

/** What the server says when someone else saved first (409): who, when and the fields that differ. */
export interface ConflictInfo {
  message: string;
  differences: { path: string; yours: string; theirs: string }[];
}

/**
 * The conflict view of a stale save: a clear message, the differing fields side by side (the user's
 * version stays in the form below), and a link that reloads the saved version.
 */
export function ConflictView({ conflict, describe }: { conflict: ConflictInfo; describe?: (path: string) => string }) {
  const t = useT().value.common;
  const location = useLocation();
  const show = (text: string) =>
    text.trim() === "" ? t.empty : text === "true" ? t.yes : text === "false" ? t.no : text;
  return (
    <Notice kind="warning" role="alert" title={t.conflictTitle}>
      <div className="space-y-4">
        <p className="max-w-prose">{conflict.message}</p>
        {conflict.differences.length === 0 ? (
          <p>{t.conflictNone}</p>
        ) : (
          <Table caption={t.conflictCaption} density="compact">
            <THead>
              <Tr>
                <Th>{t.conflictField}</Th>
                <Th>{t.conflictYours}</Th>
                <Th>{t.conflictTheirs}</Th>
              </Tr>
            </THead>
            <TBody>
              {conflict.differences.slice(0, 50).map((d) => (
                <Tr key={d.path}>
                  <Th>{describe ? describe(d.path) : d.path}</Th>
                  <Td>{show(d.yours)}</Td>
                  <Td>{show(d.theirs)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
        <p>
          <Link to={location.pathname} reloadDocument className="font-semibold text-accent-700">
            {t.reload}
          </Link>
        </p>
      </div>
    </Notice>
  );
}
