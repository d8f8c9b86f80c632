import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createOrdersStep,
  createRemoteLinkStep,
  emitEventStep,
  releaseLockStep,
  updateCartsStep,
} from "@medusajs/medusa/core-flows"
import type { PaymentMode } from "@mirashop/contract"
import { MARKETPLACE_EVENTS } from "../../modules/marketplace/events"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import { authorizeOrderPaymentsStep, type CheckoutCardAuthorisation } from "./steps/authorize-order-payments"
import { createOrderPickupsStep } from "./steps/create-order-pickups"
import { prepareCheckoutStep } from "./steps/prepare-checkout"
import { registerPromotionUsageStep } from "./steps/register-promotion-usage"
import { readCheckoutShopsStep } from "./steps/read-checkout-cart"
import { reservePickupStockStep } from "./steps/reserve-pickup-stock"
import type { CreatedOrder, ShopOrderPair } from "./types"

export interface CompleteCheckoutWorkflowInput {
  cart_id: string
  payment_mode: PaymentMode
  card_enabled: boolean
  /** Card checkouts: the PaymentIntent authorised for the whole cart before the orders are made. */
  card?: CheckoutCardAuthorisation | null
}

const LOCK_TIMEOUT_SECONDS = 30
const LOCK_TTL_SECONDS = 120

export const completeCheckoutWorkflowId = "complete-checkout"

/**
 * One checkout, one order per shop. Under a lock on the cart (a retried request waits, then finds
 * the cart completed) and on the shops' slots (two shoppers cannot take the last place of a slot),
 * it splits the cart by shop, creates the orders with the cart's own prices, taxes and discounts,
 * reserves stock at each shop's location, authorizes each order's payment (its share of the card
 * authorisation, or pay at pickup) and records its pickup.
 * Any failure undoes everything: no order, no reservation, no payment.
 */
export const completeCheckoutWorkflow = createWorkflow(
  completeCheckoutWorkflowId,
  (input: CompleteCheckoutWorkflowInput) => {
    acquireLockStep({ key: input.cart_id, timeout: LOCK_TIMEOUT_SECONDS, ttl: LOCK_TTL_SECONDS })
    const { lock_keys } = readCheckoutShopsStep({ cart_id: input.cart_id })
    acquireLockStep({ key: lock_keys, timeout: LOCK_TIMEOUT_SECONDS, ttl: LOCK_TTL_SECONDS }).config({ name: "lock-pickup-slots" })

    const checkout = prepareCheckoutStep(input)
    const orderInputs = transform({ checkout }, ({ checkout }) => checkout.shop_orders.map((shopOrder) => shopOrder.order))
    const orders = createOrdersStep(orderInputs)

    const pairs = transform({ checkout, orders }, ({ checkout, orders }): ShopOrderPair[] =>
      checkout.shop_orders.map((shopOrder) => ({
        shop_order: shopOrder,
        order: (orders as unknown as (CreatedOrder & { metadata?: Record<string, unknown> | null })[]).find(
          (order) => order.metadata?.shop_id === shopOrder.shop_id
        ) as CreatedOrder,
      }))
    )
    reservePickupStockStep(pairs)
    const orderIds = transform({ pairs }, ({ pairs }) => ({ order_ids: pairs.map((pair) => pair.order.id) }))
    const paymentInput = transform({ input, orderIds }, ({ input, orderIds }) => ({
      order_ids: orderIds.order_ids,
      payment_mode: input.payment_mode,
      card: input.card ?? null,
    }))
    const payments = authorizeOrderPaymentsStep(paymentInput)
    createOrderPickupsStep({ checkout, pairs })

    const links = transform({ checkout, pairs, payments }, ({ checkout, pairs, payments }): LinkDefinition[] => [
      ...pairs.map((pair) => ({
        [MARKETPLACE_MODULE]: { shop_id: pair.shop_order.shop_id },
        [Modules.ORDER]: { order_id: pair.order.id },
      })),
      ...payments.map((payment) => ({
        [Modules.ORDER]: { order_id: payment.order_id },
        [Modules.PAYMENT]: { payment_collection_id: payment.payment_collection_id },
      })),
      ...pairs.flatMap((pair) =>
        checkout.promotion_ids.map((promotionId) => ({
          [Modules.ORDER]: { order_id: pair.order.id },
          [Modules.PROMOTION]: { promotion_id: promotionId },
        }))
      ),
    ])
    createRemoteLinkStep(links)

    const completed = transform({ input }, ({ input }) => [{ id: input.cart_id, completed_at: new Date() }])
    updateCartsStep(completed)
    const usage = transform({ checkout }, ({ checkout }) => ({
      computedActions: checkout.promotion_usage,
      registrationContext: { customer_id: checkout.customer_id, customer_email: checkout.customer_email },
    }))
    registerPromotionUsageStep(usage)

    const placedEvents = transform({ pairs }, ({ pairs }) => pairs.map((pair) => ({ id: pair.order.id })))
    emitEventStep({ eventName: OrderWorkflowEvents.PLACED, data: placedEvents }).config({ name: "emit-orders-placed" })
    emitEventStep({ eventName: MARKETPLACE_EVENTS.CHECKOUT_PLACED, data: { id: input.cart_id } }).config({ name: "emit-checkout-placed" })

    releaseLockStep({ key: lock_keys }).config({ name: "release-pickup-slots" })
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse({ checkout_id: input.cart_id, order_ids: orderIds.order_ids })
  }
)
