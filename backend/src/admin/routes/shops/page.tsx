import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Select, Table, Text, toast } from "@medusajs/ui"
import type { ShopStatus } from "@mirashop/contract"
import { useCallback, useEffect, useState } from "react"
import { approveShop, listShops, STATUS_LABELS, suspendShop, type AdminShop } from "../../lib/shops-api"

const STATUS_COLORS: Record<ShopStatus, "orange" | "green" | "red"> = {
  pending: "orange",
  approved: "green",
  suspended: "red",
}

function SuspendForm({ shop, onDone }: { shop: AdminShop; onDone: () => void }) {
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | null>(null)
  const inputId = `reason-${shop.id}`
  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    try {
      await suspendShop(shop.id, reason)
      toast.success(`${shop.name} est suspendue`)
      onDone()
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }
  return (
    <form onSubmit={(e) => void submit(e)} className="flex items-end gap-2">
      <div>
        <Label htmlFor={inputId}>Motif de suspension</Label>
        <Input id={inputId} value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={Boolean(error)} />
        {error && (
          <Text role="alert" className="text-ui-fg-error">
            {error}
          </Text>
        )}
      </div>
      <Button type="submit" variant="danger" size="small">
        Suspendre
      </Button>
    </form>
  )
}

/** City staff review shops: approve the pending ones, suspend one with a reason. */
function ShopsPage() {
  const [status, setStatus] = useState<ShopStatus | "all">("pending")
  const [shops, setShops] = useState<AdminShop[]>([])
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(() => {
    listShops(status === "all" ? undefined : status)
      .then((response) => {
        setShops(response.shops)
        setError(null)
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
  }, [status])

  useEffect(load, [load])

  const approve = async (shop: AdminShop) => {
    try {
      await approveShop(shop.id)
      toast.success(`${shop.name} est en ligne`)
      load()
    } catch (e) {
      toast.error(e instanceof Error ? e.message : String(e))
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h1">Boutiques de Miramas</Heading>
        <div className="w-56">
          <Label htmlFor="shop-status">Statut</Label>
          <Select value={status} onValueChange={(value) => setStatus(value as ShopStatus | "all")}>
            <Select.Trigger id="shop-status">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="pending">{STATUS_LABELS.pending}</Select.Item>
              <Select.Item value="approved">{STATUS_LABELS.approved}</Select.Item>
              <Select.Item value="suspended">{STATUS_LABELS.suspended}</Select.Item>
              <Select.Item value="all">Toutes</Select.Item>
            </Select.Content>
          </Select>
        </div>
      </div>
      {error && (
        <Text role="alert" className="px-6 py-4 text-ui-fg-error">
          {error}
        </Text>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Boutique</Table.HeaderCell>
            <Table.HeaderCell>Responsable</Table.HeaderCell>
            <Table.HeaderCell>Statut</Table.HeaderCell>
            <Table.HeaderCell>Décision</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {shops.map((shop) => {
            const owner = shop.users.find((user) => user.role === "owner")
            return (
              <Table.Row key={shop.id}>
                <Table.Cell>
                  <Text weight="plus">{shop.name}</Text>
                  <Text size="small">{shop.siret ? `SIRET ${shop.siret}` : "SIRET non renseigné"}</Text>
                </Table.Cell>
                <Table.Cell>{owner ? `${owner.first_name} ${owner.last_name} — ${owner.email}` : shop.email}</Table.Cell>
                <Table.Cell>
                  <Badge color={STATUS_COLORS[shop.status]}>{STATUS_LABELS[shop.status]}</Badge>
                  {shop.status_reason && <Text size="small">{shop.status_reason}</Text>}
                </Table.Cell>
                <Table.Cell>
                  {shop.status === "approved" ? (
                    <SuspendForm shop={shop} onDone={load} />
                  ) : (
                    <Button size="small" onClick={() => void approve(shop)}>
                      Valider {shop.name}
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
      {shops.length === 0 && !error && <Text className="px-6 py-4">Aucune boutique dans cette liste.</Text>}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Boutiques", icon: BuildingStorefront })

export default ShopsPage
