import type { CreateOrderLineItemDTO } from "@medusajs/framework/types"

/** A cart line as a checkout reads it, with its taxes, discounts and inventory. */
export interface CheckoutCartItem {
  id: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
  compare_at_unit_price: number | null
  is_tax_inclusive: boolean
  is_discountable: boolean
  requires_shipping: boolean
  product_id: string | null
  product_title: string | null
  product_description: string | null
  product_subtitle: string | null
  product_type: string | null
  product_collection: string | null
  product_handle: string | null
  variant_id: string | null
  variant_sku: string | null
  variant_barcode: string | null
  variant_title: string | null
  variant_option_values: Record<string, unknown> | null
  metadata: Record<string, unknown> | null
  tax_lines?: ({ code: string; rate: number; description: string | null; tax_rate_id: string | null; provider_id: string | null } | null)[] | null
  adjustments?: ({ code: string | null; amount: number; description: string | null; promotion_id: string | null; provider_id: string | null } | null)[] | null
  variant?: {
    manage_inventory: boolean
    allow_backorder: boolean
    inventory_items?: ({ inventory_item_id: string; required_quantity: number } | null)[] | null
  } | null
}

const orUndefined = <T>(value: T | null | undefined): T | undefined => value ?? undefined

/** A cart line as the line of a shop's order: same price, same tax lines, same share of every discount. */
export function toOrderLineItem(item: CheckoutCartItem): CreateOrderLineItemDTO {
  return {
    title: item.title,
    subtitle: orUndefined(item.subtitle),
    thumbnail: orUndefined(item.thumbnail),
    quantity: item.quantity,
    unit_price: item.unit_price,
    compare_at_unit_price: orUndefined(item.compare_at_unit_price),
    is_tax_inclusive: item.is_tax_inclusive,
    is_discountable: item.is_discountable,
    requires_shipping: item.requires_shipping,
    product_id: orUndefined(item.product_id),
    product_title: orUndefined(item.product_title),
    product_description: orUndefined(item.product_description),
    product_subtitle: orUndefined(item.product_subtitle),
    product_type: orUndefined(item.product_type),
    product_collection: orUndefined(item.product_collection),
    product_handle: orUndefined(item.product_handle),
    variant_id: orUndefined(item.variant_id),
    variant_sku: orUndefined(item.variant_sku),
    variant_barcode: orUndefined(item.variant_barcode),
    variant_title: orUndefined(item.variant_title),
    variant_option_values: orUndefined(item.variant_option_values),
    metadata: item.metadata,
    tax_lines: (item.tax_lines ?? []).flatMap((line) =>
      line
        ? [{ code: line.code, rate: line.rate, description: orUndefined(line.description), tax_rate_id: orUndefined(line.tax_rate_id), provider_id: orUndefined(line.provider_id) }]
        : []
    ),
    adjustments: (item.adjustments ?? []).flatMap((adjustment) =>
      adjustment
        ? [{
            code: adjustment.code ?? "",
            amount: adjustment.amount,
            description: orUndefined(adjustment.description),
            promotion_id: orUndefined(adjustment.promotion_id),
            provider_id: orUndefined(adjustment.provider_id),
          }]
        : []
    ),
  }
}
