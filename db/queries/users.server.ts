import type { Queryable } from "../client.server";

export interface UserRow {
  id: string;
  email: string;
  name: string;
  locale: "sv" | "en";
  createdAt: Date;
}

const USER_COLUMNS = 'id, email, name, locale, created_at AS "createdAt"';

export async function findUserByEmail(
  db: Queryable,
  email: string,
): Promise<(UserRow & { passwordHash: string }) | undefined> {
  return db.one(`SELECT ${USER_COLUMNS}, password_hash AS "passwordHash" FROM users WHERE lower(email) = lower($1)`, [
    email,
  ]);
}

export async function getUserById(db: Queryable, id: string): Promise<UserRow | undefined> {
  return db.one(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
}

export async function getPasswordHash(db: Queryable, userId: string): Promise<string | undefined> {
  return (await db.one<{ h: string }>("SELECT password_hash AS h FROM users WHERE id = $1", [userId]))?.h;
}

/** Inserts a user; returns undefined when the e-mail is taken. */
export async function createUser(
  db: Queryable,
  input: { email: string; name: string; passwordHash: string; locale: "sv" | "en" },
): Promise<UserRow | undefined> {
  return db.one(
    `INSERT INTO users (email, name, password_hash, locale) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING RETURNING ${USER_COLUMNS}`,
    [input.email.trim(), input.name.trim(), input.passwordHash, input.locale],
  );
}

export async function updatePasswordHash(db: Queryable, userId: string, passwordHash: string): Promise<void> {
  await db.query("UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1", [userId, passwordHash]);
}
