import type { Db } from "~db/client.server";
import { registerPasswordResetJob } from "../accounts/password-reset.server";
import { closeMailTransport } from "../mail/transport.server";
import { registerMailJob } from "../mail/mailer.server";
import { startJobs, stopJobs } from "./queue.server";

/** Every background job the app knows, registered by name, and the worker started at boot. */
export function registerJobHandlers(): void {
  registerMailJob();
  registerPasswordResetJob();
}

export async function startBackgroundJobs(db: Db, options: { pollMs?: number } = {}): Promise<void> {
  registerJobHandlers();
  await startJobs(db, options);
}

export async function stopBackgroundJobs(): Promise<void> {
  await stopJobs();
  closeMailTransport();
}
