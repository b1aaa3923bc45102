import { describe, expect, it } from "vitest";
import { loadMessages, messagesFor } from "~/i18n/browser";
import { messagesFor as serverMessagesFor } from "~/i18n";

describe("the browser's catalogues", () => {
  it("load one language on demand and give the same messages as the server", async () => {
    expect(() => messagesFor("en")).toThrow(/no catalogue loaded/);
    await loadMessages("en");
    expect(messagesFor("en")).toBe(serverMessagesFor("en"));
    // Swedish is not loaded yet: the loaded language stands in (and Swedish starts loading).
    expect(messagesFor("sv")).toBe(serverMessagesFor("en"));
    await loadMessages("sv");
    expect(messagesFor("sv")).toBe(serverMessagesFor("sv"));
  });
});
