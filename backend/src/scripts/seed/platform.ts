import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductCategoriesWorkflow,
  createProductTypesWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingProfilesWorkflow,
  createTaxRatesWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { defaultShippingProfileId } from "../../lib/catalog-refs"
import { CATEGORIES } from "../seed-data/categories"
import { SALES_CHANNEL_NAME, STOREFRONT_KEY_TITLE } from "../seed-data/demo-logins"
import type { CategoryKey, VatCategory } from "../seed-data/types"
import { slugify } from "../../utils/slugify"

/** Ids of the platform-wide records every shop and product refers to. */
export interface Platform {
  salesChannelId: string
  regionId: string
  shippingProfileId: string
  publishableKey: string
  categoryIds: Record<CategoryKey, string>
  vatTypeIds: Record<VatCategory, string>
}

const VAT_RATES: Record<VatCategory, { rate: number; name: string; code: string }> = {
  standard: { rate: 20, name: "TVA 20 %", code: "TVA20" },
  intermediate: { rate: 10, name: "TVA 10 %", code: "TVA10" },
  reduced: { rate: 5.5, name: "TVA 5,5 %", code: "TVA55" },
}

/** Creates the store, France region (EUR, prices VAT included), VAT rates, channel, key, categories. */
export async function seedPlatform(container: MedusaContainer): Promise<Platform> {
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores()

  const { result: channels } = await createSalesChannelsWorkflow(container).run({
    input: {
      salesChannelsData: [
        { name: SALES_CHANNEL_NAME, description: "Les boutiques de Miramas en retrait" },
      ],
    },
  })
  const salesChannelId = channels[0].id

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Mirashop Miramas",
        supported_currencies: [{ currency_code: "eur", is_default: true, is_tax_inclusive: true }],
        default_sales_channel_id: salesChannelId,
      },
    },
  })

  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "France",
          currency_code: "eur",
          countries: ["fr"],
          payment_providers: ["pp_system_default"],
          automatic_taxes: true,
          is_tax_inclusive: true,
        },
      ],
    },
  })

  const { result: types } = await createProductTypesWorkflow(container).run({
    input: {
      product_types: (Object.keys(VAT_RATES) as VatCategory[]).map((key) => ({
        value: VAT_RATES[key].name,
        metadata: { vat_category: key },
      })),
    },
  })
  const vatTypeIds = Object.fromEntries(
    types.map((type) => [type.metadata?.vat_category as VatCategory, type.id])
  ) as Record<VatCategory, string>

  const { result: taxRegions } = await createTaxRegionsWorkflow(container).run({
    input: [
      {
        country_code: "fr",
        provider_id: "tp_system",
        default_tax_rate: VAT_RATES.standard,
      },
    ],
  })
  await createTaxRatesWorkflow(container).run({
    input: (["intermediate", "reduced"] as const).map((key) => ({
      tax_region_id: taxRegions[0].id,
      ...VAT_RATES[key],
      rules: [{ reference: "product_type", reference_id: vatTypeIds[key] }],
    })),
  })

  // Medusa creates a default shipping profile of its own; products and pickup options must share one.
  const existingProfileId = await defaultShippingProfileId(container.resolve(ContainerRegistrationKeys.QUERY))
  const profiles = existingProfileId
    ? [{ id: existingProfileId }]
    : (await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "Retrait en boutique", type: "default" }] } })).result

  const { result: keys } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: STOREFRONT_KEY_TITLE, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: keys[0].id, add: [salesChannelId] },
  })

  const { result: categories } = await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: (Object.keys(CATEGORIES) as CategoryKey[]).map((key, rank) => ({
        name: CATEGORIES[key].name,
        description: CATEGORIES[key].description,
        handle: key,
        is_active: true,
        rank,
      })),
    },
  })
  const categoryIds = Object.fromEntries(
    categories.map((category) => [category.handle, category.id])
  ) as Record<CategoryKey, string>

  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Plateforme créée : région France, ${categories.length} catégories, TVA française`)

  return {
    salesChannelId,
    regionId: regions[0].id,
    shippingProfileId: profiles[0].id,
    publishableKey: keys[0].token,
    categoryIds,
    vatTypeIds,
  }
}

/** The product handle for a title, made unique against the handles already used. */
export function uniqueHandle(title: string, used: Set<string>): string {
  const base = slugify(title)
  let handle = base
  for (let n = 2; used.has(handle); n++) handle = `${base}-${n}`
  used.add(handle)
  return handle
}
