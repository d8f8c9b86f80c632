import type { ShopStatus } from "@mirashop/contract"
import { useTranslation } from "react-i18next"
import { Badge, type BadgeTone } from "@/components/ui/badge"

const TONES: Record<ShopStatus, BadgeTone> = {
  pending: "warning",
  approved: "success",
  suspended: "danger",
}

/** A shop's approval state as the merchant reads it. */
export function ShopStatusBadge({ status }: { status: ShopStatus }) {
  const { t } = useTranslation()
  return <Badge tone={TONES[status]}>{t(`shop.status.${status}`)}</Badge>
}
