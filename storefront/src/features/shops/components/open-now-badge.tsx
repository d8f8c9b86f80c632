import { useTranslation } from "react-i18next"
import { Badge } from "@/components/ui/badge"

/** "Ouvert maintenant" / "Fermé actuellement", as the backend computed it in Paris time. */
export function OpenNowBadge({ open }: { open: boolean }) {
  const { t } = useTranslation()
  return (
    <Badge tone={open ? "success" : "neutral"}>{open ? t("shops.open") : t("shops.closed")}</Badge>
  )
}
