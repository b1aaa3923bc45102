import { json, type LinksFunction, type LoaderFunctionArgs } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { AppShell, ErrorPrefixProvider, ToastViewport } from "~/components/ui";
import { messagesFor, type Locale } from "~/i18n";
import { DEFAULT_LOCALE, LOCALES } from "~/i18n/types";
import { orgNavigation } from "~/navigation";
import { useOrgLayout } from "~/utils/use-org-layout";
import stylesheet from "~/tailwind.css?url";
import { listUserOrganisations } from "~server/organisations/directory.server";
import { getLocale, readFlash } from "~server/auth/cookies.server";
import { getUser } from "~server/auth/session.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = await getLocale(request);
  const user = await getUser(request);
  const memberships = user ? await listUserOrganisations(user.id) : [];
  const { flash, headers } = await readFlash(request);
  return json(
    {
      locale,
      user: user ? { name: user.name, email: user.email } : null,
      orgs: memberships.map((m) => ({ slug: m.org.slug, name: m.org.name, kind: m.org.kind, role: m.role })),
      flash,
    },
    { headers },
  );
}

function Document({ locale, title, children }: { locale: Locale; title?: string; children: React.ReactNode }) {
  return (
    <html lang={messagesFor(locale).format.intlLocale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {title ? <title>{title}</title> : <Meta />}
        <Links />
      </head>
      <body className="min-h-screen bg-neutral-50 text-ink">
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

function Shell({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const locale = data?.locale ?? DEFAULT_LOCALE;
  const t = messagesFor(locale);
  const location = useLocation();
  const orgData = useOrgLayout();
  const current = orgData?.org;
  const nav = current && orgData ? orgNavigation(current, orgData.role, t) : [];
  const here = `${location.pathname}${location.search}`;
  const activeNav = nav
    .filter((item) =>
      item.end
        ? location.pathname === item.to
        : location.pathname === item.to || location.pathname.startsWith(`${item.to}/`),
    )
    .sort((a, b) => b.to.length - a.to.length)[0];
  return (
    <AppShell
      appName={t.common.appName}
      homeTo="/"
      labels={{
        skipLink: t.common.skipToContent,
        mainNav: t.org.nav.mainNav,
        menu: t.org.nav.menu,
        currentOrg: t.org.nav.currentOrg,
        switchOrg: t.org.nav.switchOrg,
        userMenu: t.org.nav.userMenu,
        logout: t.auth.logout,
      }}
      currentOrg={current ? { ...current, kindLabel: t.org.kinds[current.kind] } : null}
      orgs={(data?.orgs ?? []).map((o) => ({ ...o, kindLabel: t.org.kinds[o.kind] }))}
      orgListLink={data?.user ? { label: t.org.chooser.createAssociation, to: "/orgs/new" } : undefined}
      nav={nav.map((item) => ({ label: item.label, to: item.to, active: item === activeNav }))}
      user={data?.user ? { name: data.user.name, links: [{ label: t.org.nav.settings, to: "/settings" }] } : null}
      language={{
        locale: LOCALES.find((l) => l !== locale) ?? DEFAULT_LOCALE,
        label: t.common.switchToOther,
        redirectTo: here,
      }}
      footer={<p>{t.common.tagline}</p>}
    >
      {children}
    </AppShell>
  );
}

export default function App() {
  const { locale, flash } = useLoaderData<typeof loader>();
  const t = messagesFor(locale);
  return (
    <Document locale={locale}>
      <ErrorPrefixProvider value={t.common.errorPrefix}>
        <Shell>
          <Outlet />
        </Shell>
      </ErrorPrefixProvider>
      <ToastViewport flash={flash} closeLabel={t.common.close} />
    </Document>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const data = useRouteLoaderData<typeof loader>("root");
  const locale = data?.locale ?? DEFAULT_LOCALE;
  const t = messagesFor(locale);
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const [title, text] =
    status === 404
      ? [t.errors.notFoundTitle, t.errors.notFoundText]
      : status === 403
        ? [t.errors.forbiddenTitle, t.errors.forbiddenText]
        : [t.errors.genericTitle, t.errors.genericText];
  if (status >= 500 && !isRouteErrorResponse(error)) console.error(error);
  return (
    <Document locale={locale} title={`${title} – Synlig`}>
      <Shell>
        <div className="max-w-xl space-y-4">
          <h1 className="text-3xl font-bold">{title}</h1>
          <p>{text}</p>
          <p>
            <Link to="/">{t.errors.goHome}</Link>
          </p>
        </div>
      </Shell>
    </Document>
  );
}
