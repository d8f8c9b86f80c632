import type { VariantStock } from "@mirashop/contract"
import { useTranslation } from "react-i18next"
import { Badge } from "@/components/ui/badge"

/** "En stock chez …", "Plus que 2 chez …" or "Épuisé": stock at the product's own shop. */
export function StockStatus({ stock, shopName }: { stock: VariantStock; shopName: string }) {
  const { t } = useTranslation()
  if (stock.status === "out_of_stock") return <Badge tone="neutral">{t("product.stock.out")}</Badge>
  if (stock.status === "low_stock") {
    return (
      <Badge tone="warning">
        {t("product.stock.low", { count: stock.remaining ?? 0, shop: shopName })}
      </Badge>
    )
  }
  return <Badge tone="success">{t("product.stock.in", { shop: shopName })}</Badge>
}
