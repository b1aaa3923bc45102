import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { accountingTabs } from "~/accounting-navigation";
import { useT } from "~/i18n/use-t";
import { requireAccounting } from "~server/accountings/require-accounting.server";

/** The layout of one accounting: its title, period and the tabs of the capabilities that work on it. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { org, role, accounting } = await requireAccounting(request, params);
  return json({ org: { slug: org.slug, name: org.name }, role, accounting });
}

export default function AccountingLayout() {
  const t = useT();
  const { org, accounting } = useLoaderData<typeof loader>();
  const base = `/o/${org.slug}/accountings/${accounting.id}`;
  const tabs = accountingTabs(t, accounting.method);
  return (
    <div className="space-y-6">
      {tabs.length > 1 ? (
        <nav aria-label={accounting.title} className="no-print -mx-1 overflow-x-auto border-b border-neutral-300">
          <ul className="flex gap-1">
            {tabs.map((tab) => (
              <li key={tab.to}>
                <NavLink
                  to={tab.to ? `${base}/${tab.to}` : base}
                  end={tab.to === ""}
                  className={({ isActive }) =>
                    `inline-block min-h-tap px-3 py-2 font-semibold no-underline ${isActive ? "border-b-4 border-accent-700 text-ink" : "text-accent-700"}`
                  }
                >
                  {tab.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <Outlet />
    </div>
  );
}
