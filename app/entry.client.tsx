import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { loadMessages } from "~/i18n";

// One language's catalogue per page: the page's language (the root sets <html lang>) loads before hydration.
void loadMessages(document.documentElement.lang.startsWith("en") ? "en" : "sv").then(() => {
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
    );
  });
});
