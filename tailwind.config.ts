import type { Config } from "tailwindcss";
import defaultTheme from "tailwindcss/defaultTheme";

/**
 * Synlig's palette: calm, one accent colour (deep teal), neutral greys with a faint green cast,
 * and three status colours. Every text/background pair the UI kit uses is checked for WCAG 2.1 AA
 * (4.5:1 for text, 3:1 for borders and focus indicators); the ratios are listed beside the values.
 *
 * Use the semantic names (`accent`, `neutral`/`gray`, `danger`, `success`, `warning`, `focus`) in
 * pages. Tailwind's own hue scales stay available but are not part of the design: prefer these.
 */
const accent = {
  50: "#ecf6f3", // background for info notices and accent badges
  100: "#d2ebe4",
  200: "#a6d6ca",
  300: "#6fb9a8",
  400: "#3a9883",
  500: "#1d7d6a",
  600: "#146c5c",
  700: "#0f5e51", // DEFAULT: links, primary buttons. On white 7.66:1; white on it 7.66:1
  800: "#0b4a40", // hover. White on it 10.16:1; on accent-50 9.21:1
  900: "#083a32",
  950: "#04241f",
  DEFAULT: "#0f5e51",
};

const neutral = {
  0: "#ffffff",
  50: "#f6f8f7", // page background. ink on it 14.87:1
  100: "#eceff0", // subtle fills. neutral-600 on it 6.10:1
  200: "#dadfdf", // dividers (decorative only)
  300: "#c1c8c7", // decorative borders (cards, table rows)
  400: "#939d9c",
  500: "#6b7776", // form-control borders: on white 4.64:1 (non-text needs 3:1)
  600: "#4f5b5a", // secondary text: on white 7.06:1, on neutral-50 6.61:1
  700: "#3a4544",
  800: "#283232",
  900: "#1b2424", // body text ("ink"): on white 15.86:1
  950: "#0f1515",
};

const danger = {
  50: "#fdf1f0",
  100: "#fadcd9",
  200: "#f3b4ae",
  300: "#ea8a81",
  400: "#df5d52",
  500: "#cf3b30",
  600: "#c42d22",
  700: "#b3261e", // error text and danger buttons: on white 6.54:1; white on it 6.54:1
  800: "#8c1d17", // on danger-50 8.26:1; white on it 9.12:1
  900: "#6b1612",
  DEFAULT: "#b3261e",
};

const success = {
  50: "#edf7ef",
  100: "#d3ecd8",
  200: "#a8d8b2",
  300: "#74bd85",
  400: "#46a05c",
  500: "#2f8a47",
  600: "#24803f",
  700: "#1f6e35", // on white 6.29:1
  800: "#185a2b", // on success-50 7.55:1
  900: "#124522",
  DEFAULT: "#1f6e35",
};

const warning = {
  50: "#fdf6e3",
  100: "#fbe9b9",
  200: "#f7d682",
  300: "#f4c55a",
  400: "#f2b53c", // amber fill: always with dark text (ink on it 8.65:1)
  500: "#d9971a",
  600: "#b07a10",
  700: "#8a5a00",
  800: "#6b4500", // on warning-50 7.86:1
  900: "#4f3300",
  DEFAULT: "#f2b53c",
};

export default {
  content: ["./app/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        accent,
        neutral,
        // `gray` points at the same checked greys, so `text-gray-600` is safe too.
        gray: neutral,
        danger,
        success,
        warning,
        ink: neutral[900],
        // Focus indicator: yellow halo + near-black outline (black on white 19.6:1,
        // yellow on accent-700 5.69:1, yellow on danger-700 4.85:1).
        focus: { DEFAULT: "#ffdd00", ink: "#0b0c0c" },
      },
      fontFamily: {
        sans: [
          "system-ui",
          "-apple-system",
          '"Segoe UI"',
          "Roboto",
          '"Helvetica Neue"',
          '"Noto Sans"',
          "Arial",
          ...defaultTheme.fontFamily.sans.filter((f) => f !== "system-ui"),
        ],
      },
      fontSize: {
        // Body text never below 16 px; `sm` is 15 px and meant only for short labels (badges).
        sm: ["0.9375rem", { lineHeight: "1.45" }],
        base: ["1rem", { lineHeight: "1.6" }],
        lg: ["1.1875rem", { lineHeight: "1.55" }],
        xl: ["1.375rem", { lineHeight: "1.4" }],
        "2xl": ["1.625rem", { lineHeight: "1.3" }],
        "3xl": ["2rem", { lineHeight: "1.2" }],
        "4xl": ["2.5rem", { lineHeight: "1.15" }],
      },
      minHeight: {
        tap: "2.75rem", // 44 px touch target
      },
      minWidth: {
        tap: "2.75rem",
      },
      maxWidth: {
        prose: "68ch",
      },
      boxShadow: {
        card: "0 1px 2px rgb(15 21 21 / 0.06), 0 1px 3px rgb(15 21 21 / 0.08)",
        raised: "0 4px 12px rgb(15 21 21 / 0.12), 0 2px 4px rgb(15 21 21 / 0.08)",
      },
      keyframes: {
        "toast-in": {
          // Movement only: fading the text in would drop its contrast below AA while it animates.
          from: { transform: "translateY(0.5rem)" },
          to: { transform: "translateY(0)" },
        },
      },
      animation: {
        "toast-in": "toast-in 200ms ease-out",
      },
    },
  },
  plugins: [],
} satisfies Config;
