import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { Alert } from "@/components/ui/alert"
import { Button } from "@/components/ui/button"
import { Loading } from "@/components/ui/loading"
import { useCartPickup, useRemoveLineItem, useUpdateLineItem } from "@/lib/cart"
import { useDocumentTitle } from "@/lib/document-title"
import { useFormatters } from "@/lib/format"
import { isNotFound } from "@/lib/http-error"
import { CartShopGroup } from "../components/cart-shop-group"
import { cartTotal, cartUnits } from "../components/cart-total"

/** `/panier`: the cart grouped by shop, with each shop's subtotal and the total. */
export function CartRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("cart.title"))
  const pickup = useCartPickup()

  if (pickup.id === null || (pickup.isError && isNotFound(pickup.error))) return <EmptyCart />
  if (pickup.isPending) return <Loading label={t("cart.loading")} />
  if (pickup.isError) {
    return (
      <div className="narrow stack">
        <h1 tabIndex={-1}>{t("cart.heading")}</h1>
        <Alert message={t("cart.error")}>
          <Button
            variant="secondary"
            pending={pickup.isFetching}
            onClick={() => void pickup.refetch()}
          >
            {t("app.retry")}
          </Button>
        </Alert>
      </div>
    )
  }
  if (pickup.data.pickups.length === 0) return <EmptyCart />
  return <FilledCart cartId={pickup.id} pickups={pickup.data.pickups} />
}

function EmptyCart() {
  const { t } = useTranslation()
  return (
    <div className="narrow stack">
      <h1 tabIndex={-1}>{t("cart.heading")}</h1>
      <p>{t("cart.empty")}</p>
      <p>
        <Link to="/boutiques">{t("cart.browse")}</Link>
      </p>
    </div>
  )
}

function FilledCart({
  cartId,
  pickups,
}: {
  cartId: string
  pickups: Parameters<typeof cartTotal>[0]
}) {
  const { t } = useTranslation()
  const format = useFormatters()
  const update = useUpdateLineItem(cartId)
  const remove = useRemoveLineItem(cartId)
  const [busyLine, setBusyLine] = useState<string | null>(null)
  const total = cartTotal(pickups)
  const failed = update.isError || remove.isError

  const done = () => setBusyLine(null)
  return (
    <div className="stack-lg">
      <div className="stack">
        <h1 tabIndex={-1}>{t("cart.heading")}</h1>
        <p>
          {t("cart.summary", {
            items: t("cart.items", { count: cartUnits(pickups) }),
            shops: t("cart.shops", { count: pickups.length }),
          })}
        </p>
        <p className="hint">{t("cart.perShop")}</p>
      </div>
      <Alert message={failed ? t("cart.updateError") : null} />
      {pickups.map((pickup) => (
        <CartShopGroup
          key={pickup.shop.id}
          pickup={pickup}
          busyLine={busyLine}
          onQuantity={(lineId, quantity) => {
            setBusyLine(lineId)
            update.mutate({ lineId, quantity }, { onSettled: done })
          }}
          onRemove={(lineId) => {
            setBusyLine(lineId)
            remove.mutate(lineId, { onSettled: done })
          }}
        />
      ))}
      <div className="cart-total stack">
        {total ? (
          <p className="price price--large">
            {t("cart.total")} {format.price(total)}{" "}
            <span className="hint">{t("product.vatIncluded")}</span>
          </p>
        ) : null}
        <p>
          <Link to="/commande" className="button button--primary">
            {t("cart.checkout")}
          </Link>
        </p>
      </div>
    </div>
  )
}
