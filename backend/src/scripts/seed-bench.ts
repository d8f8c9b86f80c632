import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../modules/marketplace"
import type MarketplaceModuleService from "../modules/marketplace/service"
import { rebuildCatalog } from "./rebuild-catalog"
import { seedPeople } from "./seed/accounts"
import { seedPlatform } from "./seed/platform"
import { seedShop } from "./seed/shops"
import { benchShops } from "./seed-data/bench-shops"

/**
 * `medusa exec ./src/scripts/seed-bench.ts`: the scaled Miramas of `npm run bench`
 * (BENCH_SHOPS × BENCH_PRODUCTS_PER_SHOP, default 60 × 170), through the same workflows
 * as the demo seed. Does nothing when shops already exist.
 */
export default async function seedBench({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const [, existing] = await marketplace.listAndCountShops({}, { take: 1 })
  if (existing === 0) {
    const shops = benchShops(Number(process.env.BENCH_SHOPS ?? 60), Number(process.env.BENCH_PRODUCTS_PER_SHOP ?? 170))
    const platform = await seedPlatform(container)
    await seedPeople(container)
    const usedHandles = new Set<string>()
    let products = 0
    for (const [index, shop] of shops.entries()) {
      const started = Date.now()
      products += await seedShop(container, platform, shop, usedHandles)
      logger.info(`Boutique ${index + 1}/${shops.length} : ${shop.name} (${Date.now() - started} ms)`)
    }
    logger.info(`Miramas à l'échelle : ${shops.length} boutiques, ${products} produits.`)
  }
  await rebuildCatalog(container)
}
