import { TRADES } from "@mirashop/contract"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { searchFromFilters } from "./shop-filters"

/** Every trade, each a link to the directory filtered on it. */
export function TradeLinks({ labelledBy }: { labelledBy: string }) {
  const { t } = useTranslation()
  return (
    <ul role="list" aria-labelledby={labelledBy} className="chips">
      {TRADES.map((trade) => (
        <li key={trade}>
          <Link
            className="chip"
            to={{ pathname: "/boutiques", search: searchFromFilters({ trade }) }}
          >
            {t(`trades.${trade}`)}
          </Link>
        </li>
      ))}
    </ul>
  )
}
