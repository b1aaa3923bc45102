/**
 * The hidden one-time token of a create form (issue 10): the loader makes a new one per render
 * (`newFormToken()` in `server/mutation.server.ts`), the action passes it to `createOnce`, so a
 * double-submitted form creates one row. Give the form `key={token}` so a successful add shows
 * an empty form again.
 */
export function FormToken({ token }: { token: string }) {
  return <input type="hidden" name="formToken" value={token} />;
}
