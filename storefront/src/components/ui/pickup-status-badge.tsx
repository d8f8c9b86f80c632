import type { PickupStatus } from "@mirashop/contract"
import { useTranslation } from "react-i18next"
import { Badge, type BadgeTone } from "./badge"

const TONES: Record<PickupStatus, BadgeTone> = {
  placed: "neutral",
  accepted: "neutral",
  ready_for_pickup: "success",
  collected: "success",
  cancelled: "danger",
  no_show: "danger",
}

/** Where one shop's order is: "Commandée", "Prête à retirer", "Retirée"… */
export function PickupStatusBadge({ status }: { status: PickupStatus }) {
  const { t } = useTranslation()
  return <Badge tone={TONES[status]}>{t(`pickupStatus.${status}`)}</Badge>
}
