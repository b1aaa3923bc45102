import { NavLink } from "@remix-run/react";

/** The builder's sub-navigation (content, stories, finances, tender, publish, versions). */
export function ReportTabs({ label, items }: { label: string; items: { label: string; to: string; end?: boolean }[] }) {
  return (
    <nav aria-label={label} className="no-print">
      <ul className="flex flex-wrap gap-2">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              end={item.end}
              className={({ isActive }) =>
                `inline-block min-h-tap rounded-md px-3 py-2 font-semibold no-underline ${
                  isActive
                    ? "bg-accent-700 text-white hover:text-white"
                    : "bg-white text-accent-800 ring-1 ring-inset ring-neutral-300 hover:bg-accent-50"
                }`
              }
            >
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
