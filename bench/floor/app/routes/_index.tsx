import type { MetaFunction } from "@remix-run/react";

export const meta: MetaFunction = () => [{ title: "Golvet – Synlig bench" }];

/** A tiny page with no loader: what Remix costs before the app does anything. */
export default function Floor() {
  return (
    <main>
      <h1>Golvet</h1>
      <p>En liten sida utan loader.</p>
    </main>
  );
}
