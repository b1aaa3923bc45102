import type { FieldErrors } from "./validation";

/**
 * The one shape of what an action sends back to its page (ADR 007). Pure types, so the browser,
 * the UI kit and `server/mutation.server.ts` share them.
 */

/** What the user typed, to put back into the form (passwords are never echoed). */
export type FormValues = Record<string, string>;

/** The question a destructive action answers with when it was posted without `confirmed=yes`. */
export interface ConfirmRequest {
  title: string;
  body: string;
  confirmLabel: string;
  /** Hidden fields that the confirm button posts again (intent, ids …). */
  fields: Record<string, string>;
}

/** One field that differs between the user's version and the one saved in the meantime. */
export interface ConflictDifference {
  path: string;
  /** The field's label in the reader's language (falls back to the path). */
  label: string;
  yours: string;
  theirs: string;
}

/**
 * A save based on an older version (409): who saved the other version and when, the fields that
 * differ, and the ways out. The user's version stays in the form below the view.
 */
export interface ConflictData {
  message: string;
  by: string | null;
  /** ISO time of the other save. */
  at: string | null;
  /** The saved version: a save based on it goes through. */
  version: number;
  differences: ConflictDifference[];
  /** Posts the user's own values again on top of the saved version ("Spara min version"). */
  keepMine?: { intent: string; fields: [string, string][] };
  /** Drops the user's version: an intent to post, or (without one) a reload of the saved version. */
  keepTheirs?: { intent: string; fields?: [string, string][] };
}

export type ActionData<X extends object = object> = {
  values: FormValues;
  errors: FieldErrors;
  conflict?: ConflictData;
  confirm?: ConfirmRequest;
} & X;
