import { Form, Link, useLocation } from "@remix-run/react";
import { useEffect, useRef, type ReactNode, type RefObject } from "react";
import { cx } from "./cx";
import { ChevronDownIcon, MenuIcon } from "./icons";
import { Container, type ContainerWidth } from "./page";

export interface OrgSummary {
  name: string;
  slug: string;
  /** Kind code, e.g. "association"; shown as the badge when `kindLabel` is missing. */
  kind: string;
  /** Kind in words, e.g. "Ideell förening". */
  kindLabel?: string;
}

export interface NavItem {
  label: string;
  to: string;
  active?: boolean;
}

export interface UserMenuLink {
  label: string;
  to: string;
}

export interface AppShellUser {
  name: string;
  /** Settings and similar links in the user menu. */
  links?: UserMenuLink[];
}

export interface LanguageSwitch {
  /** The locale to switch *to* (posted as `locale`). */
  locale: string;
  /** Button text in that language, e.g. "English" or "Svenska". */
  label: string;
  /** Where to come back to (posted as `redirectTo`), usually the current path and search. */
  redirectTo: string;
}

/** Every text in the shell, from the i18n layer. */
export interface AppShellLabels {
  /** "Hoppa till innehållet" */
  skipLink: string;
  /** Name of the primary navigation: "Huvudmeny" */
  mainNav: string;
  /** Mobile disclosure button: "Meny" */
  menu: string;
  /** Before the organisation name: "Du arbetar i" */
  currentOrg: string;
  /** Heading of the organisation list: "Byt organisation" */
  switchOrg: string;
  /** Hidden prefix of the user menu button: "Ditt konto" */
  userMenu: string;
  /** "Logga ut" */
  logout: string;
}

export interface AppShellProps {
  appName: string;
  /** Where the app name links to. Default "/". */
  homeTo?: string;
  /** Decorative logo before the name (mark it aria-hidden). */
  logo?: ReactNode;
  labels: AppShellLabels;
  /** The organisation the user acts in. */
  currentOrg?: OrgSummary | null;
  /** All organisations the user can act in (links to `/o/:slug`). The switcher shows when there are two or more. */
  orgs?: OrgSummary[];
  /** An extra link under the organisation list, e.g. {label: "Skapa en organisation", to: "/o/ny"}. */
  orgListLink?: UserMenuLink;
  nav?: NavItem[];
  /** Logged-in user; without it there is no user menu. */
  user?: AppShellUser | null;
  language?: LanguageSwitch | null;
  footer?: ReactNode;
  /** Width of the content column in `<main>`; "none" leaves layout to the page. */
  contentWidth?: ContainerWidth | "none";
  children: ReactNode;
}

/** Path of an organisation's start page. */
export function orgPath(slug: string): string {
  return `/o/${encodeURIComponent(slug)}`;
}

/**
 * A `<details>` disclosure works without JavaScript. With it, close on navigation, on a click
 * outside and on Escape (returning focus to the summary).
 */
function useDisclosure(ref: RefObject<HTMLDetailsElement>) {
  const location = useLocation();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [location.key, ref]);
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const details = ref.current;
      if (details?.open && event.target instanceof Node && !details.contains(event.target)) details.open = false;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const details = ref.current;
      if (event.key === "Escape" && details?.open) {
        details.open = false;
        details.querySelector("summary")?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [ref]);
}

function KindBadge({ org }: { org: OrgSummary }) {
  return (
    <span className="inline-flex items-center whitespace-nowrap rounded-full bg-accent-50 px-2.5 py-0.5 text-sm font-semibold text-accent-800 ring-1 ring-inset ring-accent-200">
      {org.kindLabel ?? org.kind}
    </span>
  );
}

const summaryButton =
  "summary-plain inline-flex min-h-tap items-center gap-2 rounded-md px-3 py-1.5 font-semibold text-ink hover:bg-neutral-100";
const panel = "absolute z-40 mt-2 rounded-lg border border-neutral-300 bg-white p-2 shadow-raised";
const menuLink =
  "flex min-h-tap w-full items-center justify-between gap-3 rounded-md px-3 py-2 text-left text-ink no-underline hover:bg-neutral-100 hover:text-ink";

function OrgList({
  orgs,
  currentOrg,
  orgListLink,
}: {
  orgs: OrgSummary[];
  currentOrg?: OrgSummary | null;
  orgListLink?: UserMenuLink;
}) {
  return (
    <ul className="space-y-0.5">
      {orgs.map((org) => {
        const current = currentOrg?.slug === org.slug;
        return (
          <li key={org.slug}>
            <Link
              to={orgPath(org.slug)}
              aria-current={current ? "true" : undefined}
              className={cx(menuLink, current && "bg-accent-50 font-semibold")}
            >
              <span className="min-w-0 break-words">{org.name}</span>
              <KindBadge org={org} />
            </Link>
          </li>
        );
      })}
      {orgListLink ? (
        <li className="mt-1 border-t border-neutral-200 pt-1">
          <Link to={orgListLink.to} className={cx(menuLink, "text-accent-700 underline hover:text-accent-800")}>
            {orgListLink.label}
          </Link>
        </li>
      ) : null}
    </ul>
  );
}

function OrgSwitcher({
  currentOrg,
  orgs,
  orgListLink,
  labels,
}: {
  currentOrg: OrgSummary;
  orgs: OrgSummary[];
  orgListLink?: UserMenuLink;
  labels: AppShellLabels;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  useDisclosure(ref);
  const canSwitch = orgs.length > 1 || Boolean(orgListLink);
  const current = (
    <>
      <span className="sr-only">{labels.currentOrg} </span>
      <span className="max-w-[16rem] truncate">{currentOrg.name}</span>
      <KindBadge org={currentOrg} />
    </>
  );
  if (!canSwitch) {
    return <p className="flex min-h-tap items-center gap-2 px-3 font-semibold text-ink">{current}</p>;
  }
  return (
    <details ref={ref} className="group relative">
      <summary className={cx(summaryButton, "border border-neutral-300")}>
        {current}
        <span className="sr-only">, {labels.switchOrg}</span>
        <ChevronDownIcon className="h-5 w-5 shrink-0 text-neutral-700 transition-transform group-open:rotate-180" />
      </summary>
      <div className={cx(panel, "left-0 w-80")}>
        <p className="px-3 pb-1 pt-2 text-sm font-semibold text-neutral-600" aria-hidden="true">
          {labels.switchOrg}
        </p>
        <OrgList orgs={orgs} currentOrg={currentOrg} orgListLink={orgListLink} />
      </div>
    </details>
  );
}

function LogoutForm({ label, className }: { label: string; className?: string }) {
  return (
    <Form method="post" action="/logout" className={className}>
      <button type="submit" name="intent" value="logout" className={cx(menuLink, "cursor-pointer font-semibold")}>
        {label}
      </button>
    </Form>
  );
}

function LanguageForm({ language, className }: { language: LanguageSwitch; className?: string }) {
  // A document request: the browser loads the other language's catalogue with the new page.
  return (
    <Form method="post" action="/language" reloadDocument className={className}>
      <input type="hidden" name="intent" value="language" />
      <input type="hidden" name="locale" value={language.locale} />
      <input type="hidden" name="redirectTo" value={language.redirectTo} />
      <button
        type="submit"
        lang={language.locale}
        className="inline-flex min-h-tap cursor-pointer items-center rounded-md px-3 py-1.5 font-semibold text-accent-700 underline decoration-1 underline-offset-[0.2em] hover:bg-neutral-100 hover:text-accent-800 hover:decoration-2"
      >
        {language.label}
      </button>
    </Form>
  );
}

function UserMenu({ user, labels }: { user: AppShellUser; labels: AppShellLabels }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useDisclosure(ref);
  return (
    <details ref={ref} className="group relative">
      <summary className={summaryButton}>
        <span className="sr-only">{labels.userMenu}: </span>
        <span className="max-w-[12rem] truncate">{user.name}</span>
        <ChevronDownIcon className="h-5 w-5 shrink-0 text-neutral-700 transition-transform group-open:rotate-180" />
      </summary>
      <div className={cx(panel, "right-0 w-64")}>
        <ul className="space-y-0.5">
          {(user.links ?? []).map((link) => (
            <li key={link.to}>
              <Link to={link.to} className={menuLink}>
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
        <div className={cx((user.links ?? []).length > 0 && "mt-1 border-t border-neutral-200 pt-1")}>
          <LogoutForm label={labels.logout} />
        </div>
      </div>
    </details>
  );
}

function MobileMenu({
  nav,
  currentOrg,
  orgs,
  orgListLink,
  user,
  language,
  labels,
}: Pick<AppShellProps, "nav" | "currentOrg" | "orgs" | "orgListLink" | "user" | "language" | "labels">) {
  const ref = useRef<HTMLDetailsElement>(null);
  useDisclosure(ref);
  const otherOrgs = orgs ?? [];
  return (
    <details ref={ref} className="group md:hidden" data-mobile-menu="">
      <summary className={cx(summaryButton, "border-2 border-neutral-500")}>
        <MenuIcon className="h-5 w-5" />
        {labels.menu}
      </summary>
      <div className="absolute inset-x-0 top-full z-40 max-h-[calc(100vh-5rem)] overflow-y-auto border-b border-neutral-300 bg-white shadow-raised">
        <div className="space-y-6 px-4 py-5">
          {currentOrg ? (
            <div className="px-3">
              <p className="text-neutral-600">{labels.currentOrg}</p>
              <p className="mt-1 flex flex-wrap items-center gap-2 font-semibold text-ink">
                {currentOrg.name} <KindBadge org={currentOrg} />
              </p>
            </div>
          ) : null}
          {nav && nav.length > 0 ? (
            <nav aria-label={labels.mainNav}>
              <ul className="space-y-0.5">
                {nav.map((item) => (
                  <li key={item.to}>
                    <Link
                      to={item.to}
                      aria-current={item.active ? "page" : undefined}
                      className={cx(
                        menuLink,
                        "border-l-4",
                        item.active ? "border-accent-700 bg-accent-50 font-semibold" : "border-transparent",
                      )}
                    >
                      {item.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          {otherOrgs.length > 1 || orgListLink ? (
            <div>
              <p className="mb-1 px-3 text-sm font-semibold text-neutral-600">{labels.switchOrg}</p>
              <OrgList orgs={otherOrgs} currentOrg={currentOrg} orgListLink={orgListLink} />
            </div>
          ) : null}
          {user ? (
            <div className="border-t border-neutral-200 pt-4">
              <p className="px-3 font-semibold text-ink">
                <span className="sr-only">{labels.userMenu}: </span>
                {user.name}
              </p>
              <ul className="mt-1 space-y-0.5">
                {(user.links ?? []).map((link) => (
                  <li key={link.to}>
                    <Link to={link.to} className={menuLink}>
                      {link.label}
                    </Link>
                  </li>
                ))}
              </ul>
              <LogoutForm label={labels.logout} />
            </div>
          ) : null}
          {language ? (
            <div className="border-t border-neutral-200 pt-4">
              <LanguageForm language={language} />
            </div>
          ) : null}
        </div>
      </div>
    </details>
  );
}

/**
 * The page frame: skip link, header (app name, organisation and switcher, language, user menu,
 * primary navigation), `<main id="main">` and footer. On phones everything in the header except
 * the app name folds into a "Meny" disclosure that works without JavaScript.
 */
export function AppShell({
  appName,
  homeTo = "/",
  logo,
  labels,
  currentOrg,
  orgs = [],
  orgListLink,
  nav = [],
  user,
  language,
  footer,
  contentWidth = "default",
  children,
}: AppShellProps) {
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="skip-link">
        {labels.skipLink}
      </a>
      <header className="no-print relative border-b border-neutral-300 border-t-4 border-t-accent-700 bg-white">
        <Container width="wide" className="flex min-h-16 items-center gap-3 py-2 md:gap-5">
          <Link
            to={homeTo}
            className="inline-flex min-h-tap shrink-0 items-center gap-2 text-xl font-bold tracking-tight text-ink no-underline hover:text-accent-800"
          >
            {logo}
            {appName}
          </Link>
          {currentOrg ? (
            <div className="hidden min-w-0 md:block">
              <OrgSwitcher currentOrg={currentOrg} orgs={orgs} orgListLink={orgListLink} labels={labels} />
            </div>
          ) : null}
          <div className="ml-auto hidden items-center gap-1 md:flex">
            {language ? <LanguageForm language={language} /> : null}
            {user ? <UserMenu user={user} labels={labels} /> : null}
          </div>
          <div className="ml-auto md:hidden">
            <MobileMenu
              nav={nav}
              currentOrg={currentOrg}
              orgs={orgs}
              orgListLink={orgListLink}
              user={user}
              language={language}
              labels={labels}
            />
          </div>
        </Container>
        {nav.length > 0 ? (
          <nav aria-label={labels.mainNav} className="hidden border-t border-neutral-200 md:block">
            <Container width="wide">
              <ul className="-mb-px flex flex-wrap gap-x-1">
                {nav.map((item) => (
                  <li key={item.to}>
                    <Link
                      to={item.to}
                      aria-current={item.active ? "page" : undefined}
                      className={cx(
                        "inline-flex min-h-12 items-center border-b-4 px-3 font-semibold no-underline transition-colors",
                        item.active
                          ? "border-accent-700 text-ink"
                          : "border-transparent text-accent-700 hover:border-neutral-300 hover:text-accent-800",
                      )}
                    >
                      {item.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </Container>
          </nav>
        ) : null}
      </header>
      <main id="main" tabIndex={-1} className="flex-1 py-8 focus:shadow-none focus:outline-none sm:py-10">
        {contentWidth === "none" ? children : <Container width={contentWidth}>{children}</Container>}
      </main>
      {footer ? (
        <footer className="no-print mt-12 border-t border-neutral-300 bg-white">
          <Container width="wide" className="py-8 text-neutral-600">
            {footer}
          </Container>
        </footer>
      ) : null}
    </div>
  );
}
