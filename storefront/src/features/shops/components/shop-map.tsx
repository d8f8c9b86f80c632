import "leaflet/dist/leaflet.css"
import type { StoreShop } from "@mirashop/contract"
import { circleMarker, control, latLngBounds, map as leafletMap, tileLayer } from "leaflet"
import { useEffect, useRef } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router"
import { readMapTiles } from "@/lib/config"

/** Miramas town hall: where the map looks when no shop is listed. */
const MIRAMAS = { lat: 43.5825, lng: 5.0014 }

/** Text as HTML that shows it as is: Leaflet writes attributions with innerHTML. */
function asHtml(text: string): string {
  const span = document.createElement("span")
  span.textContent = text
  return span.innerHTML
}

/**
 * The listed shops on a Leaflet map, one dot each, whose popup links to the shop. Its own
 * chunk with Leaflet, downloaded only when the shopper opens the map (ADR 0025). Decoration
 * for sighted shoppers: the list next to it holds the same shops and stays fully usable
 * without the map or its tiles.
 */
export function ShopMap({ shops }: { shops: StoreShop[] }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const container = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const element = container.current
    if (!element) return
    const tiles = readMapTiles(document)
    const map = leafletMap(element, { zoomControl: false, attributionControl: false })
    control
      .zoom({ zoomInTitle: t("shops.map.zoomIn"), zoomOutTitle: t("shops.map.zoomOut") })
      .addTo(map)
    control.attribution({ prefix: false }).addTo(map)
    tileLayer(tiles.url, { attribution: asHtml(tiles.attribution), maxZoom: 19 }).addTo(map)
    for (const shop of shops) {
      const path = `/boutiques/${encodeURIComponent(shop.handle)}`
      const link = document.createElement("a")
      link.href = path
      link.textContent = shop.name
      link.addEventListener("click", (event) => {
        event.preventDefault()
        void navigate(path)
      })
      circleMarker([shop.latitude, shop.longitude], {
        radius: 9,
        color: "#ffffff",
        weight: 2,
        fillColor: "#0b5c4f",
        fillOpacity: 1,
      })
        .bindPopup(link)
        .addTo(map)
    }
    if (shops.length > 0) {
      const bounds = latLngBounds(shops.map((shop) => [shop.latitude, shop.longitude]))
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16 })
    } else {
      map.setView(MIRAMAS, 14)
    }
    return () => {
      map.remove()
    }
  }, [shops, t, navigate])

  return (
    <div ref={container} className="shop-map" role="region" aria-label={t("shops.map.label")} />
  )
}
