import type { MerchantProduct } from "@mirashop/contract"
import { type FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { Alert } from "@/components/ui/alert"
import { Badge } from "@/components/ui/badge"
import { Button } from "@/components/ui/button"
import { Loading } from "@/components/ui/loading"
import { SelectField } from "@/components/ui/select-field"
import { TextField } from "@/components/ui/text-field"
import { useDocumentTitle } from "@/lib/document-title"
import { listProducts, PAGE_SIZE, type ProductFilters, useProducts } from "../api/products"
import { downloadText } from "@/lib/csv"
import { productsToCsv } from "../components/product-csv"

/** Lowest and highest variant price, in euros, for the list ("2,80 € – 7,50 €"). */
export function priceRange(product: MerchantProduct, locale: string): string {
  const prices = product.variants.flatMap((variant) => (variant.price === null ? [] : [variant.price]))
  if (prices.length === 0) return "—"
  const format = (value: number) => new Intl.NumberFormat(locale, { style: "currency", currency: "EUR" }).format(value)
  const [low, high] = [Math.min(...prices), Math.max(...prices)]
  return low === high ? format(low) : `${format(low)} – ${format(high)}`
}

/** `/produits`: the catalogue, searchable by name and filterable by status. */
export function ProductListRoute() {
  const { t, i18n } = useTranslation()
  useDocumentTitle(t("products.title"))
  const [filters, setFilters] = useState<ProductFilters>({ q: "", status: "", offset: 0 })
  const [search, setSearch] = useState("")
  const products = useProducts(filters)
  const [exporting, setExporting] = useState(false)

  async function exportAll() {
    setExporting(true)
    try {
      const all = []
      for (let offset = 0; ; offset += PAGE_SIZE) {
        const page = await listProducts({ q: "", status: "", offset })
        all.push(...page.products)
        if (all.length >= page.count || page.products.length === 0) break
      }
      downloadText("produits.csv", productsToCsv(all))
    } finally {
      setExporting(false)
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setFilters((current) => ({ ...current, q: search, offset: 0 }))
  }

  const count = products.data?.count ?? 0
  return (
    <div className="stack">
      <div className="title-row">
        <h1 tabIndex={-1}>{t("products.title")}</h1>
        <div className="row">
          <Link className="button button--primary" to="/produits/nouveau">
            {t("products.add")}
          </Link>
          <Link className="button button--secondary" to="/produits/import">
            {t("csvImport.title")}
          </Link>
          <Button variant="secondary" pending={exporting} onClick={() => void exportAll()}>
            {t("products.export")}
          </Button>
        </div>
      </div>
      <form role="search" className="row row--end card" onSubmit={submit} aria-label={t("products.searchLabel")}>
        <TextField label={t("products.search")} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        <SelectField
          label={t("products.statusFilter")}
          value={filters.status}
          onChange={(event) => setFilters((current) => ({ ...current, status: event.target.value as ProductFilters["status"], offset: 0 }))}
          options={[
            { value: "", label: t("products.status.all") },
            { value: "published", label: t("products.status.published") },
            { value: "draft", label: t("products.status.draft") },
          ]}
        />
        <Button type="submit" variant="secondary">
          {t("products.searchSubmit")}
        </Button>
      </form>
      {products.isPending ? <Loading /> : null}
      <Alert message={products.isError ? t("form.loadError") : null} />
      <p role="status">{products.data ? t("products.count", { count }) : null}</p>
      {products.data && products.data.products.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("products.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("products.columns.photo")}</th>
                <th scope="col">{t("products.columns.title")}</th>
                <th scope="col">{t("products.columns.status")}</th>
                <th scope="col">{t("products.columns.price")}</th>
                <th scope="col">{t("products.columns.stock")}</th>
              </tr>
            </thead>
            <tbody>
              {products.data.products.map((product) => (
                <tr key={product.id}>
                  <td>
                    {product.thumbnail ? (
                      <img src={product.thumbnail} alt="" width={48} height={48} loading="lazy" className="thumb" />
                    ) : (
                      <span className="hint">{t("products.noPhoto")}</span>
                    )}
                  </td>
                  <th scope="row">
                    <Link to={`/produits/${product.id}`}>{product.title}</Link>
                  </th>
                  <td>
                    <Badge tone={product.status === "published" ? "success" : "neutral"}>
                      {t(`products.status.${product.status === "published" ? "published" : "draft"}`)}
                    </Badge>
                  </td>
                  <td>{priceRange(product, i18n.language)}</td>
                  <td>{product.variants.reduce((sum, variant) => sum + variant.available_quantity, 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : products.data ? (
        <p>{t("products.empty")}</p>
      ) : null}
      {count > PAGE_SIZE ? (
        <nav className="row" aria-label={t("products.pagination")}>
          <Button variant="secondary" disabled={filters.offset === 0} onClick={() => setFilters((c) => ({ ...c, offset: Math.max(0, c.offset - PAGE_SIZE) }))}>
            {t("products.previous")}
          </Button>
          <Button variant="secondary" disabled={filters.offset + PAGE_SIZE >= count} onClick={() => setFilters((c) => ({ ...c, offset: c.offset + PAGE_SIZE }))}>
            {t("products.next")}
          </Button>
        </nav>
      ) : null}
    </div>
  )
}
