import { withCheckDigit } from "~/domain/org-number";
import type { Role, Sector, SizeBand } from "~/domain/permissions";

/**
 * Reference organisations (always present) and the demo organisations and accounts (seeded on
 * first start unless SEED_DEMO=false), as typed data that later capabilities extend.
 */
export interface UmbrellaSeed {
  slug: string;
  name: string;
  orgNumber: string;
}

/** GSE's nine member umbrella organisations (docs/domain/method-guide.md §0). */
export const UMBRELLAS: UmbrellaSeed[] = [
  { slug: "abf-goteborg", name: "ABF Göteborg", orgNumber: withCheckDigit("857200110") },
  {
    slug: "coompanion-goteborgsregionen",
    name: "Coompanion Göteborgsregionen",
    orgNumber: withCheckDigit("857200120"),
  },
  {
    slug: "funktionsratt-vastra-gotaland",
    name: "Funktionsrätt Västra Götaland",
    orgNumber: withCheckDigit("857200130"),
  },
  { slug: "goteborgs-foreningscenter", name: "Göteborgs FöreningsCenter", orgNumber: withCheckDigit("857200140") },
  {
    slug: "hela-manniskan-vastra-gotaland",
    name: "Hela Människan Västra Götaland",
    orgNumber: withCheckDigit("857200150"),
  },
  {
    slug: "hela-sverige-ska-leva-goteborgsregionen",
    name: "Hela Sverige ska leva Göteborgsregionen",
    orgNumber: withCheckDigit("857200160"),
  },
  { slug: "lansnykterhetsforbundet", name: "Länsnykterhetsförbundet", orgNumber: withCheckDigit("857200170") },
  { slug: "rf-sisu-vastra-gotaland", name: "RF-SISU Västra Götaland", orgNumber: withCheckDigit("857200180") },
  { slug: "skoopi-goteborgsregionen", name: "SKOOPI Göteborgsregionen", orgNumber: withCheckDigit("857200190") },
];

export const NETWORK = {
  slug: "gse",
  name: "Göteborgsregionens Sociala Ekonomi (GSE)",
  orgNumber: withCheckDigit("857200100"),
};

export interface AssociationSeed {
  slug: string;
  name: string;
  orgNumber: string;
  sector: Sector;
  sizeBand: SizeBand;
  umbrellaSlug: string;
}

export const DEMO_ASSOCIATIONS: AssociationSeed[] = [
  {
    slug: "kvarteret",
    name: "Exempelföreningen Kvarteret",
    orgNumber: "802412-3450",
    sector: "integration",
    sizeBand: "M",
    umbrellaSlug: "goteborgs-foreningscenter",
  },
  {
    slug: "solrosen",
    name: "Kooperativet Solrosen",
    orgNumber: withCheckDigit("769600101"),
    sector: "arbetsintegrering",
    sizeBand: "M",
    umbrellaSlug: "skoopi-goteborgsregionen",
  },
  {
    slug: "if-framat",
    name: "Idrottsföreningen Framåt",
    orgNumber: withCheckDigit("864100202"),
    sector: "idrott",
    sizeBand: "S",
    umbrellaSlug: "rf-sisu-vastra-gotaland",
  },
  {
    slug: "majornas-bk",
    name: "Majornas Bollklubb",
    orgNumber: withCheckDigit("864100303"),
    sector: "idrott",
    sizeBand: "M",
    umbrellaSlug: "rf-sisu-vastra-gotaland",
  },
  {
    slug: "sprakcafe-hisingen",
    name: "Språkcafé Hisingen",
    orgNumber: withCheckDigit("802500404"),
    sector: "integration",
    sizeBand: "S",
    umbrellaSlug: "goteborgs-foreningscenter",
  },
  {
    slug: "grannskap-angered",
    name: "Grannskapsföreningen Angered",
    orgNumber: withCheckDigit("802500505"),
    sector: "social",
    sizeBand: "S",
    umbrellaSlug: "goteborgs-foreningscenter",
  },
  {
    slug: "vagen-vidare",
    name: "Arbetskooperativet Vägen Vidare",
    orgNumber: withCheckDigit("769600606"),
    sector: "arbetsintegrering",
    sizeBand: "L",
    umbrellaSlug: "skoopi-goteborgsregionen",
  },
  {
    slug: "tradgardskooperativet",
    name: "Trädgårdskooperativet Grönt",
    orgNumber: withCheckDigit("769600707"),
    sector: "arbetsintegrering",
    sizeBand: "S",
    umbrellaSlug: "coompanion-goteborgsregionen",
  },
  {
    slug: "nykter-gemenskap",
    name: "Nykter Gemenskap Göteborg",
    orgNumber: withCheckDigit("802500808"),
    sector: "nykterhet",
    sizeBand: "S",
    umbrellaSlug: "lansnykterhetsforbundet",
  },
  {
    slug: "ungdomens-hus",
    name: "Föreningen Ungdomens Hus",
    orgNumber: withCheckDigit("802500909"),
    sector: "nykterhet",
    sizeBand: "M",
    umbrellaSlug: "lansnykterhetsforbundet",
  },
  {
    slug: "studiecirkel-kultur",
    name: "Kulturcirkeln Västra Hisingen",
    orgNumber: withCheckDigit("802501010"),
    sector: "studieforbund",
    sizeBand: "S",
    umbrellaSlug: "abf-goteborg",
  },
  {
    slug: "byalaget-sjobo",
    name: "Byalaget Sjöbo",
    orgNumber: withCheckDigit("802501111"),
    sector: "landsbygd",
    sizeBand: "S",
    umbrellaSlug: "hela-sverige-ska-leva-goteborgsregionen",
  },
  {
    slug: "rullstolsforeningen",
    name: "Rullstolsföreningen Väst",
    orgNumber: withCheckDigit("802501212"),
    sector: "funktionsratt",
    sizeBand: "M",
    umbrellaSlug: "funktionsratt-vastra-gotaland",
  },
  {
    slug: "stodgruppen-hela",
    name: "Stödgruppen Hela Vägen",
    orgNumber: withCheckDigit("802501313"),
    sector: "social",
    sizeBand: "S",
    umbrellaSlug: "hela-manniskan-vastra-gotaland",
  },
];

export const DEMO_FUNDERS = [
  { slug: "exempelfonden", name: "Stiftelsen Exempelfonden", orgNumber: withCheckDigit("802600101") },
];

export const DEMO_PASSWORD = "demo-synlig-2026";

/**
 * The stored hash of DEMO_PASSWORD, in the format of `server/auth/password.server.ts`
 * (`scrypt$N$r$p$salt$hash`). Seeds write rows and call no server code, so the hash is data; a unit
 * test checks that it verifies (regenerate it with `hashPassword` when the password changes).
 */
export const DEMO_PASSWORD_HASH = "scrypt$16384$8$1$ANw_JdlfGg2EzgupqYBlLA$rDh-xkSIQWiXflDdGt6t1z85s-xP-5Gzy3mwWONO8Dw";

export interface UserSeed {
  email: string;
  name: string;
  memberships: { orgSlug: string; role: Role }[];
}

export const DEMO_USERS: UserSeed[] = [
  { email: "anna@kvarteret.example", name: "Anna Lindqvist", memberships: [{ orgSlug: "kvarteret", role: "admin" }] },
  { email: "omar@solrosen.example", name: "Omar Haddad", memberships: [{ orgSlug: "solrosen", role: "admin" }] },
  {
    email: "karin@exempelfonden.example",
    name: "Karin Ek",
    memberships: [{ orgSlug: "exempelfonden", role: "reviewer" }],
  },
  { email: "gun@gse.example", name: "Gun Persson", memberships: [{ orgSlug: "gse", role: "analyst" }] },
  {
    email: "lena@foreningscenter.example",
    name: "Lena Berg",
    memberships: [{ orgSlug: "goteborgs-foreningscenter", role: "admin" }],
  },
  ...DEMO_ASSOCIATIONS.slice(2).map((a) => ({
    email: `admin@${a.slug}.example`,
    name: `Administratör ${a.name}`,
    memberships: [{ orgSlug: a.slug, role: "admin" as Role }],
  })),
];
