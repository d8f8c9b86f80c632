import type { MerchantOrder } from "@mirashop/contract"
import { useTranslation } from "react-i18next"
import { Badge, type BadgeTone } from "@/components/ui/badge"
import { formatMoney } from "@/lib/format"

const STATUS_TONES: Record<NonNullable<MerchantOrder["pickup"]>["status"], BadgeTone> = {
  placed: "warning",
  accepted: "neutral",
  ready_for_pickup: "success",
  collected: "success",
  cancelled: "danger",
  no_show: "danger",
}

/** The order's place in its lifecycle, as a badge. */
export function OrderStatusBadge({ order }: { order: MerchantOrder }) {
  const { t } = useTranslation()
  if (!order.pickup) return null
  return <Badge tone={STATUS_TONES[order.pickup.status]}>{t(`orders.status.${order.pickup.status}`)}</Badge>
}

/** "Camille Durand", or the e-mail when the shopper left no name. */
export function customerName(order: MerchantOrder): string {
  const name = `${order.customer.first_name} ${order.customer.last_name}`.trim()
  return name || order.customer.email
}

/** Total and how it is paid ("12,50 € · à payer au retrait"). */
export function OrderPayment({ order }: { order: MerchantOrder }) {
  const { t, i18n } = useTranslation()
  const mode = order.pickup?.payment_mode ?? "card"
  return (
    <>
      {formatMoney(order.total, i18n.language, order.currency_code)} · {t(`orders.payment.${mode}`)}
    </>
  )
}
