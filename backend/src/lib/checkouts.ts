import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Checkout, CheckoutOrder } from "@mirashop/contract"
import { shopperCanCancel } from "@mirashop/domain"
import { readRuntimeEnv } from "../config/runtime"
import { MARKETPLACE_MODULE } from "../modules/marketplace"
import type MarketplaceModuleService from "../modules/marketplace/service"
import { publicFileUrl } from "./images"
import { pickupQrSvg } from "./pickup-qr"
import { pickupSlotLabel } from "./pickup-slot-label"

type OrderPickupRow = Awaited<ReturnType<MarketplaceModuleService["listOrderPickups"]>>[number]

interface OrderRow {
  id: string
  display_id: number
  email: string | null
  created_at: string | Date
  currency_code: string
  total: unknown
  items?: ({ id: string; title: string; variant_title: string | null; quantity: unknown; unit_price: unknown; thumbnail: string | null } | null)[] | null
}

const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "created_at",
  "currency_code",
  "total",
  "items.id",
  "items.title",
  "items.variant_title",
  "items.quantity",
  "items.unit_price",
  "items.thumbnail",
]

const cents = (amount: number) => Math.round(amount * 100) / 100

/** Shapes click-and-collect records and their orders into checkouts, grouped and ordered as given. */
async function toCheckouts(container: MedusaContainer, pickups: OrderPickupRow[]): Promise<Checkout[]> {
  if (pickups.length === 0) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: pickups.map((p) => p.order_id) } })
  const orders = new Map((data as unknown as OrderRow[]).map((order) => [order.id, order]))
  const shops = new Map((await marketplace.listShops({ id: [...new Set(pickups.map((p) => p.shop_id))] })).map((s) => [s.id, s]))
  const { fileBaseUrl } = readRuntimeEnv(process.env)

  const checkouts = new Map<string, Checkout>()
  for (const pickup of pickups) {
    const order = orders.get(pickup.order_id)
    const shop = shops.get(pickup.shop_id)
    if (!order || !shop) continue
    const shopOrder: CheckoutOrder = {
      id: order.id,
      display_id: order.display_id,
      shop: {
        id: shop.id,
        handle: shop.handle,
        name: shop.name,
        address: { line1: shop.address_line1, postal_code: shop.postal_code, city: shop.city },
        pickup_instructions: shop.pickup_instructions,
      },
      status: pickup.status,
      slot: {
        start: new Date(pickup.slot_start).toISOString(),
        end: new Date(pickup.slot_end).toISOString(),
        label: pickupSlotLabel(new Date(pickup.slot_start), new Date(pickup.slot_end)),
      },
      pickup_code: pickup.pickup_code,
      pickup_qr_svg: await pickupQrSvg(pickup.pickup_code),
      items: (order.items ?? []).flatMap((item) =>
        item
          ? [{
              id: item.id,
              title: item.title,
              variant_title: item.variant_title,
              quantity: Number(item.quantity),
              unit_price: Number(item.unit_price),
              thumbnail: publicFileUrl(item.thumbnail, fileBaseUrl),
            }]
          : []
      ),
      total: { amount: cents(Number(order.total)), currency_code: order.currency_code },
      payment_mode: pickup.payment_mode,
      cancellable: shopperCanCancel(pickup.status),
    }
    const checkout = checkouts.get(pickup.checkout_id) ?? {
      id: pickup.checkout_id,
      created_at: new Date(order.created_at).toISOString(),
      email: order.email ?? "",
      total: { amount: 0, currency_code: order.currency_code },
      orders: [],
    }
    checkout.orders.push(shopOrder)
    checkout.total.amount = cents(checkout.total.amount + shopOrder.total.amount)
    checkouts.set(pickup.checkout_id, checkout)
  }
  return [...checkouts.values()]
}

/** One checkout, by its id (the cart's), or null when the cart was never checked out. */
export async function readCheckout(container: MedusaContainer, checkoutId: string): Promise<Checkout | null> {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const pickups = await marketplace.listOrderPickups({ checkout_id: checkoutId }, { order: { created_at: "ASC" } })
  const [checkout] = await toCheckouts(container, pickups)
  return checkout ?? null
}

/** A page of a signed-in shopper's checkouts, newest first. */
export async function readCustomerCheckouts(
  container: MedusaContainer,
  input: { customer_id: string; offset: number; limit: number }
): Promise<{ checkouts: Checkout[]; count: number }> {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const all = await marketplace.listOrderPickups({ customer_id: input.customer_id }, { select: ["checkout_id", "created_at"], order: { created_at: "DESC" } })
  const ids = [...new Set(all.map((p) => p.checkout_id))]
  const page = ids.slice(input.offset, input.offset + input.limit)
  const pickups = page.length ? await marketplace.listOrderPickups({ checkout_id: page }, { order: { created_at: "ASC" } }) : []
  const byId = new Map((await toCheckouts(container, pickups)).map((c) => [c.id, c]))
  return { checkouts: page.flatMap((id) => byId.get(id) ?? []), count: ids.length }
}
