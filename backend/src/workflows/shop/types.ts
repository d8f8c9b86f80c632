import type { Closure, WeeklyHours } from "@mirashop/domain"

/** The fields a shop is created or updated with (the marketplace module's `shop`). */
export interface ShopInput {
  handle: string
  name: string
  trade: string
  description?: string
  siret?: string | null
  email: string
  phone?: string
  address_line1?: string
  postal_code?: string
  city?: string
  latitude?: number | null
  longitude?: number | null
  logo_url?: string | null
  pickup_instructions?: string
  preparation_minutes?: number
  slot_minutes?: number
  slot_capacity?: number
  no_show_days?: number
  opening_hours: WeeklyHours
  closures: Closure[]
  accepts_pay_at_pickup?: boolean
  accepts_online_payment?: boolean
  status?: "pending" | "approved" | "suspended"
  approved_at?: Date | null
}
