import type { MerchantOrder } from "@mirashop/contract"
import { useEffect, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { playChime } from "./chime"
import { newOrderIds } from "./new-orders"

/**
 * Watches the orders waiting to be accepted: returns the ids that arrived while the screen was
 * open (to highlight them) and a sentence for a polite live region; chimes when `sound` is on.
 */
export function useNewOrderCue(waiting: MerchantOrder[] | undefined, sound: boolean): { fresh: ReadonlySet<string>; announcement: string } {
  const { t } = useTranslation()
  const seen = useRef<Set<string> | null>(null)
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set())
  const [announcement, setAnnouncement] = useState("")

  useEffect(() => {
    if (!waiting) return
    const ids = waiting.map((order) => order.id)
    const added = newOrderIds(seen.current, ids)
    seen.current = new Set([...(seen.current ?? []), ...ids])
    if (added.length === 0) return
    const numbers = waiting.filter((order) => added.includes(order.id)).map((order) => `${order.display_id}`)
    setFresh((current) => new Set([...current, ...added]))
    setAnnouncement(t("orders.arrived", { count: added.length, numbers: numbers.join(", ") }))
    if (sound) playChime()
  }, [waiting, sound, t])

  return { fresh, announcement }
}
