import type { RenderedEmail } from "../layout"
import { passwordResetEmail, type PasswordResetEmailData } from "./password-reset"
import { staffInviteEmail, type StaffInviteEmailData } from "./staff-invite"
import {
  checkoutPlacedEmail,
  orderCancelledEmail,
  orderNoShowEmail,
  orderReadyEmail,
  pickupReminderEmail,
  shopNewOrderEmail,
  shopOrderCancelledEmail,
  type CheckoutPlacedEmailData,
  type PickupUpdateEmailData,
  type ShopOrderEmailData,
} from "./pickup"
import { shopApprovedEmail, shopSuspendedEmail, type ShopStatusEmailData } from "./shop-status"

/** Every e-mail Mirashop sends, by template name, with the data each one needs. */
export interface EmailTemplates {
  "shop-approved": ShopStatusEmailData
  "shop-suspended": ShopStatusEmailData
  "password-reset": PasswordResetEmailData
  "staff-invite": StaffInviteEmailData
  "checkout-placed": CheckoutPlacedEmailData
  "order-ready": PickupUpdateEmailData
  "pickup-reminder": PickupUpdateEmailData
  "order-cancelled": PickupUpdateEmailData
  "order-no-show": PickupUpdateEmailData
  "shop-new-order": ShopOrderEmailData
  "shop-order-cancelled": ShopOrderEmailData
}

export type EmailTemplate = keyof EmailTemplates

const RENDERERS: { [T in EmailTemplate]: (data: EmailTemplates[T]) => RenderedEmail } = {
  "shop-approved": shopApprovedEmail,
  "shop-suspended": shopSuspendedEmail,
  "password-reset": passwordResetEmail,
  "staff-invite": staffInviteEmail,
  "checkout-placed": checkoutPlacedEmail,
  "order-ready": orderReadyEmail,
  "pickup-reminder": pickupReminderEmail,
  "order-cancelled": orderCancelledEmail,
  "order-no-show": orderNoShowEmail,
  "shop-new-order": shopNewOrderEmail,
  "shop-order-cancelled": shopOrderCancelledEmail,
}

/** Renders one e-mail template in French. */
export function renderEmail<T extends EmailTemplate>(template: T, data: EmailTemplates[T]): RenderedEmail {
  return RENDERERS[template](data)
}
