import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { renderEmail } from "../../notifications/templates"

/** Which shop's owner to tell, about what, and when it happened (for the idempotency key). */
export interface NotifyShopOwnerWorkflowInput {
  shop_id: string
  template: "shop-approved" | "shop-suspended"
  changed_at: string
}

interface ShopWithUsers {
  id: string
  name: string
  status_reason: string | null
  users: { email: string; first_name: string; role: string }[]
}

export const notifyShopOwnerWorkflowId = "notify-shop-owner"

/** E-mails a shop's owner about the city's decision, once per decision. */
export const notifyShopOwnerWorkflow = createWorkflow(
  notifyShopOwnerWorkflowId,
  (input: NotifyShopOwnerWorkflowInput) => {
    const { data: shops } = useQueryGraphStep({
      entity: "shop",
      fields: ["id", "name", "status_reason", "users.email", "users.first_name", "users.role"],
      filters: { id: input.shop_id },
      options: { throwIfKeyNotFound: true },
    })
    const notifications = transform({ input, shops }, ({ input, shops }) => {
      const shop = shops[0] as ShopWithUsers
      return shop.users
        .filter((user) => user.role === "owner")
        .map((user) => ({
          to: user.email,
          channel: "email",
          template: input.template,
          content: renderEmail(input.template, {
            shop_name: shop.name,
            first_name: user.first_name,
            reason: shop.status_reason,
          }),
          data: { shop_id: shop.id },
          resource_id: shop.id,
          resource_type: "shop",
          idempotency_key: `${input.template}:${shop.id}:${input.changed_at}`,
        }))
    })
    sendNotificationsStep(notifications)
    return new WorkflowResponse(notifications)
  }
)
