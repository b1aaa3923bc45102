import { Links, Meta, Outlet, Scripts } from "@remix-run/react";

/** The floor's root: a document and nothing else (no loader, no session, no catalogue). */
export default function Root() {
  return (
    <html lang="sv-SE">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <Outlet />
        <Scripts />
      </body>
    </html>
  );
}
