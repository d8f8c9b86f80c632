import type { CartIdentity } from "@/lib/cart"

/** The identity fields, in the order the form shows them. */
export const IDENTITY_FIELDS = ["email", "first_name", "last_name", "phone"] as const

/** One identity field. */
export type IdentityField = (typeof IDENTITY_FIELDS)[number]

/** Why a field is refused (a translation key under `checkout.errors`). */
export type IdentityProblem = "required" | "email" | "phone"

/** Problems by field; an empty object means the identity can be sent. */
export type IdentityErrors = Partial<Record<IdentityField, IdentityProblem>>

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/
/** A French number: 0X XX XX XX XX or +33 X XX XX XX XX, spaces, dots and dashes allowed. */
const FRENCH_PHONE = /^(?:\+33|0033|0)[1-9]\d{8}$/

/** Checks what a shop needs to hand over an order: who, and how to reach them. */
export function validateIdentity(identity: CartIdentity): IdentityErrors {
  const errors: IdentityErrors = {}
  for (const field of IDENTITY_FIELDS) {
    if (!identity[field].trim()) errors[field] = "required"
  }
  if (!errors.email && !EMAIL.test(identity.email.trim())) errors.email = "email"
  if (!errors.phone && !FRENCH_PHONE.test(identity.phone.replace(/[\s.-]/g, "")))
    errors.phone = "phone"
  return errors
}
