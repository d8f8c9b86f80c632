import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../modules/marketplace"
import type MarketplaceModuleService from "../modules/marketplace/service"
import { createShopWorkflow } from "../workflows/shop/create-shop"
import { DEMO_PASSWORD } from "./seed-data/demo-logins"
import { benchExtraShops, benchTemplateShops } from "./seed-data/bench-shops"
import { registerEmailPassword } from "./seed/accounts"
import { seedPeople } from "./seed/accounts"
import { seedPlatform } from "./seed/platform"
import { seedShop } from "./seed/shops"

/**
 * `medusa exec ./src/scripts/seed-bench.ts`: the Medusa part of the benchmark's scaled
 * Miramas — the 12 demo shops and their catalogues (2–4 variants per product) and
 * BENCH_SHOPS − 12 more shops, all through Mirashop's workflows. The bench then copies
 * catalogues in bulk (bench/lib/scale-catalog.ts). Does nothing when shops already exist.
 */
export default async function seedBench({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const [, existing] = await marketplace.listAndCountShops({}, { take: 1 })
  if (existing > 0) return
  const platform = await seedPlatform(container)
  await seedPeople(container)
  const usedHandles = new Set<string>()
  for (const shop of benchTemplateShops()) {
    await seedShop(container, platform, shop, usedHandles)
    logger.info(`Boutique modèle : ${shop.name}`)
  }
  for (const seed of benchExtraShops(Number(process.env.BENCH_SHOPS ?? 60))) {
    const { owner, products: _products, ...profile } = seed
    const authIdentityId = await registerEmailPassword(container, owner.email, DEMO_PASSWORD)
    await createShopWorkflow(container).run({
      input: { shop: { ...profile, status: "approved", approved_at: new Date("2026-11-02T09:00:00Z") }, owner, auth_identity_id: authIdentityId },
    })
  }
  logger.info("Boutiques du Miramas à l'échelle ouvertes.")
}
