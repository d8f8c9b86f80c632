import type { MerchantOrder } from "@mirashop/contract"
import { useTranslation } from "react-i18next"
import { formatMoney } from "@/lib/format"

/** The order's lines as a table: what to prepare, also the printed slip's body. */
export function OrderLines({ order }: { order: MerchantOrder }) {
  const { t, i18n } = useTranslation()
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{t("orders.lines")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("orders.columns.quantity")}</th>
            <th scope="col">{t("orders.columns.product")}</th>
            <th scope="col">{t("orders.columns.price")}</th>
          </tr>
        </thead>
        <tbody>
          {order.items.map((item) => (
            <tr key={item.id}>
              <td className="nowrap">{item.quantity}</td>
              <td>
                {item.title}
                {item.variant_title ? ` – ${item.variant_title}` : null}
              </td>
              <td className="nowrap">{formatMoney(item.unit_price * item.quantity, i18n.language, order.currency_code)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
