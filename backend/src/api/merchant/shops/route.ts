import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { MerchantMeResponse } from "@mirashop/contract"
import type { WeeklyHours } from "@mirashop/domain"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { slugify } from "../../../utils/slugify"
import { createShopWorkflow } from "../../../workflows/shop/create-shop"
import type { MerchantCreateShopType } from "./validators"

/** A new shop starts closed every day; onboarding asks for its hours. */
const CLOSED_WEEK: WeeklyHours = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }

async function freeHandle(marketplace: MarketplaceModuleService, name: string): Promise<string> {
  const base = slugify(name) || "boutique"
  const taken = new Set(
    (await marketplace.listShops({ handle: { $like: `${base}%` } }, { select: ["handle"], withDeleted: true })).map(
      (shop) => shop.handle
    )
  )
  let handle = base
  for (let n = 2; taken.has(handle); n++) handle = `${base}-${n}`
  return handle
}

/**
 * Turns a fresh merchant registration into a shop awaiting the city's approval, with its
 * owner, stock location and pickup option. The e-mail is the one the identity signed up with.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<MerchantCreateShopType>,
  res: MedusaResponse<MerchantMeResponse>
): Promise<void> {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Ce compte gère déjà une boutique.")
  }
  const auth = req.scope.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(req.auth_context.auth_identity_id, {
    relations: ["provider_identities"],
  })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
  if (!email) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Inscrivez-vous avec une adresse e-mail et un mot de passe.")
  }

  const marketplace = req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const { owner, ...profile } = req.validatedBody
  const { result } = await createShopWorkflow(req.scope).run({
    input: {
      shop: {
        ...profile,
        handle: await freeHandle(marketplace, profile.name),
        email,
        opening_hours: CLOSED_WEEK,
        closures: [],
        status: "pending",
      },
      owner: { ...owner, email },
      auth_identity_id: identity.id,
    },
  })
  const { shop, owner: user } = result
  res.status(201).json({
    merchant_user: {
      id: user.id,
      email: user.email,
      first_name: user.first_name,
      last_name: user.last_name,
      role: user.role,
    },
    shop: { id: shop.id, handle: shop.handle, name: shop.name, status: shop.status },
  })
}
