import { useEffect, useState, type ReactNode } from "react";
import type * as RechartsModule from "recharts";

let hydrated = false;

/**
 * False during server rendering and the hydration pass, true afterwards (and at once on later
 * client-side navigations). Charts use it: recharts lays out text and generates ids differently on
 * the server, which would make React discard the server HTML.
 */
export function useHydrated(): boolean {
  const [isHydrated, setIsHydrated] = useState(hydrated);
  useEffect(() => {
    hydrated = true;
    setIsHydrated(true);
  }, []);
  return isHydrated;
}

/**
 * Renders `children()` only in the browser after hydration; `fallback` (e.g. a box of the chart's
 * height) on the server. Put the same numbers in a table beside the chart so nothing depends on it.
 */
export function ClientOnly({ children, fallback = null }: { children: () => ReactNode; fallback?: ReactNode }) {
  return useHydrated() ? <>{children()}</> : <>{fallback}</>;
}

/** The recharts module, loaded on demand (its own chunk; no page bundles it). */
export type Recharts = typeof RechartsModule;

let recharts: Recharts | undefined;
let rechartsLoading: Promise<Recharts> | undefined;
function loadRecharts(): Promise<Recharts> {
  rechartsLoading ??= import("recharts").then((m) => (recharts = m));
  return rechartsLoading;
}

/**
 * ClientOnly for charts: after hydration it loads recharts (once per page, a separate chunk) and
 * renders `children(recharts)`; until then, and on the server, `fallback`. Chart components use the
 * components of the module they are given (`<rc.BarChart>`), so pages without charts never load it.
 */
export function ClientOnlyChart({
  children,
  fallback = null,
}: {
  children: (recharts: Recharts) => ReactNode;
  fallback?: ReactNode;
}) {
  const hydrated = useHydrated();
  const [module, setModule] = useState(recharts);
  useEffect(() => {
    if (hydrated && !module) void loadRecharts().then(setModule);
  }, [hydrated, module]);
  return hydrated && module ? <>{children(module)}</> : <>{fallback}</>;
}
