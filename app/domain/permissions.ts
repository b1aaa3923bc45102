/**
 * Organisation kinds and the roles each kind's members may hold, and what each role may do.
 * The one role → action map; server guards and the UI both read it.
 */
export const ORG_KINDS = ["association", "funder", "umbrella", "network"] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const ROLES = ["admin", "editor", "viewer", "reviewer", "analyst"] as const;
export type Role = (typeof ROLES)[number];

/** Roles a member of each kind of organisation may hold. */
export const ROLES_BY_KIND: Record<OrgKind, readonly Role[]> = {
  association: ["admin", "editor", "viewer"],
  umbrella: ["admin", "editor", "viewer"],
  funder: ["admin", "reviewer", "viewer"],
  network: ["admin", "analyst", "viewer"],
};

export const ACTIONS = ["read", "edit", "publish", "manage-members", "review", "analyse"] as const;
export type Action = (typeof ACTIONS)[number];

const ROLE_ACTIONS: Record<Role, readonly Action[]> = {
  admin: ["read", "edit", "publish", "manage-members", "review", "analyse"],
  editor: ["read", "edit"],
  viewer: ["read"],
  reviewer: ["read", "review"],
  analyst: ["read", "analyse"],
};

export function can(role: Role, action: Action): boolean {
  return ROLE_ACTIONS[role].includes(action);
}

/** Roles that may perform an action. */
export function rolesFor(action: Action): Role[] {
  return ROLES.filter((r) => can(r, action));
}

export function isRoleAllowedForKind(kind: OrgKind, role: Role): boolean {
  return ROLES_BY_KIND[kind].includes(role);
}

export const SECTORS = [
  "idrott",
  "integration",
  "arbetsintegrering",
  "funktionsratt",
  "nykterhet",
  "studieforbund",
  "landsbygd",
  "kultur",
  "social",
  "general",
] as const;
export type Sector = (typeof SECTORS)[number];

export const SIZE_BANDS = ["S", "M", "L"] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];
