import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../modules/marketplace"
import type MarketplaceModuleService from "../modules/marketplace/service"
import { seedPeople } from "./seed/accounts"
import { seedCampaigns } from "./seed/campaigns"
import { seedPlatform } from "./seed/platform"
import { seedShop } from "./seed/shops"
import { SEED_SHOPS } from "./seed-data/shops"

/**
 * Loads the Miramas demo: platform settings, 12 approved shops with their owners and
 * catalogues, the city admin, a shopper and a running city campaign with its banner. Does nothing when shops already exist.
 */
export async function seedMiramas(container: MedusaContainer): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const [, existing] = await marketplace.listAndCountShops({}, { take: 1 })
  if (existing > 0) {
    logger.info("Données de démonstration déjà présentes : rien à faire.")
    return
  }

  const platform = await seedPlatform(container)
  await seedPeople(container)
  const usedHandles = new Set<string>()
  let productCount = 0
  for (const shop of SEED_SHOPS) {
    productCount += await seedShop(container, platform, shop, usedHandles)
    logger.info(`Boutique ouverte : ${shop.name}`)
  }
  await seedCampaigns(container)
  logger.info(`Démo Miramas chargée : ${SEED_SHOPS.length} boutiques, ${productCount} produits, une campagne de la ville.`)
}
