import type { CreateOrderDTO } from "@medusajs/framework/types"
import type { PaymentMode } from "@mirashop/contract"

/** What one unit of a cart line takes from stock: an inventory item, so many times. */
export interface StockNeed {
  variant_id: string
  title: string
  inventory_item_id: string
  required_quantity: number
  allow_backorder: boolean
}

/** One shop's order, ready to be created: the Medusa order input and what pickup needs. */
export interface PreparedShopOrder {
  shop_id: string
  shop_name: string
  location_id: string
  slot_start: string
  slot_end: string
  order: CreateOrderDTO
  stock: StockNeed[]
}

/** A checked checkout: one prepared order per shop, and what the promotions used. */
export interface PreparedCheckout {
  checkout_id: string
  customer_id: string | null
  payment_mode: PaymentMode
  shop_orders: PreparedShopOrder[]
  promotion_ids: string[]
  promotion_usage: { amount: number; code: string }[]
  customer_email: string
}

/** An order as created, with the lines reservations attach to. */
export interface CreatedOrder {
  id: string
  items?: { id: string; variant_id?: string | null; quantity: unknown }[] | null
}

/** A prepared shop order and the Medusa order created from it. */
export interface ShopOrderPair {
  shop_order: PreparedShopOrder
  order: CreatedOrder
}
