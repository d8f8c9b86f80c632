/**
 * Demo accounts created by the seed and printed by `npm start`. Demo data only:
 * production databases are never seeded with them.
 */
export const DEMO_PASSWORD = "Miramas2026!"

export const DEMO_LOGINS = {
  admin: { email: "mairie@mirashop.local", password: DEMO_PASSWORD, first_name: "Nadia", last_name: "Benali" },
  shopper: {
    email: "camille@mirashop.local",
    password: DEMO_PASSWORD,
    first_name: "Camille",
    last_name: "Roux",
    phone: "06 12 34 56 78",
  },
  /** Owners of the first two demo shops (see seed-data/shops). */
  merchantEmails: ["boulangerie@mirashop.local", "fleuriste@mirashop.local"],
} as const

/** Name of the publishable key the storefront uses. */
export const STOREFRONT_KEY_TITLE = "Storefront Mirashop"

/** Name of the marketplace's single sales channel. */
export const SALES_CHANNEL_NAME = "Mirashop Miramas"
