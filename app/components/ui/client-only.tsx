import { useEffect, useState, type ReactNode } from "react";

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
