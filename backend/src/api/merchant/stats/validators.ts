import { z } from "@medusajs/framework/zod"

const ISO_DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Date attendue au format AAAA-MM-JJ.")
/** The longest period one request may cover: two years of days is still a small answer. */
const MAX_DAYS = 731

/** Query of `GET /merchant/stats`. */
export const MerchantStatsQuery = z
  .object({ from: ISO_DATE, to: ISO_DATE, granularity: z.enum(["day", "week"]).default("day") })
  .refine((range) => range.from <= range.to, { message: "La date de début doit précéder la date de fin.", path: ["from"] })
  .refine((range) => (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000 <= MAX_DAYS, {
    message: "Choisissez une période de deux ans au plus.",
    path: ["to"],
  })
export type MerchantStatsQueryType = z.infer<typeof MerchantStatsQuery>
