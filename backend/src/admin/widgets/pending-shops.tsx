import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { listShops } from "../lib/shops-api"

/** On the orders list, reminds city staff how many shops wait for their approval. */
function PendingShopsWidget() {
  const [count, setCount] = useState<number | null>(null)
  useEffect(() => {
    listShops("pending")
      .then((response) => setCount(response.count))
      .catch(() => setCount(null))
  }, [])
  if (!count) return null
  return (
    <Container className="px-6 py-4">
      <Heading level="h2">Boutiques en attente</Heading>
      <Text>
        {count} boutique{count > 1 ? "s attendent" : " attend"} votre validation.{" "}
        <Link to="/shops" className="underline">
          Voir les boutiques
        </Link>
      </Text>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.list.before" })

export default PendingShopsWidget
