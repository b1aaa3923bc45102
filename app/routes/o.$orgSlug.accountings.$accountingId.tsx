import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, Outlet, useLoaderData, useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { accountingTabs } from "~/accounting-navigation";
import { useT } from "~/i18n/use-t";
import { paths } from "~/utils/paths";
import { useOrgLayout } from "~/utils/use-org-layout";
import { requireAccounting } from "~server/accountings/require-accounting.server";

/** The layout of one accounting: its title, period and the tabs of the capabilities that work on it. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { role, accounting } = await requireAccounting(request, params);
  return json({ role, accounting });
}

export default function AccountingLayout() {
  const t = useT();
  const { accounting } = useLoaderData<typeof loader>();
  const org = useOrgLayout()!.org;
  const overview = paths.accounting(org, accounting);
  const tabs = accountingTabs(t, accounting.method, org, accounting);
  const { pathname } = useLocation();
  const under = (path: string) => pathname === path || pathname.startsWith(`${path}/`);
  // A tab covers its own sub-pages and the paths it names in `also` (the overview: the step pages).
  const isActive = (tab: { to: string; also?: string[] }) =>
    (tab.to === overview ? pathname === overview : under(tab.to)) || (tab.also ?? []).some(under);
  const navRef = useRef<HTMLElement>(null);
  useEffect(() => {
    // On a phone the tab bar scrolls sideways: bring the current tab into view.
    navRef.current?.querySelector('[aria-current="page"]')?.scrollIntoView({ block: "nearest", inline: "center" });
  }, [pathname]);
  return (
    <div className="space-y-6">
      {tabs.length > 1 ? (
        <nav
          ref={navRef}
          aria-label={accounting.title}
          className="no-print -mx-1 overflow-x-auto border-b border-neutral-300"
        >
          <ul className="flex gap-1">
            {tabs.map((tab) => (
              <li key={tab.to}>
                <Link
                  to={tab.to}
                  aria-current={isActive(tab) ? "page" : undefined}
                  className={`inline-block min-h-tap whitespace-nowrap px-3 py-2 font-semibold no-underline ${isActive(tab) ? "border-b-4 border-accent-700 text-ink" : "text-accent-700"}`}
                >
                  {tab.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <Outlet />
    </div>
  );
}
