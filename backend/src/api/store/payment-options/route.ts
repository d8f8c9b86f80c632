import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PaymentOptionsResponse } from "@mirashop/contract"
import { readRuntimeEnv } from "../../../config/runtime"
import { cardPaymentEnabled } from "../../../lib/payments/card-availability"

/** Which payment modes the storefront may offer; the publishable key only when card payment is on. */
export function GET(_req: MedusaRequest, res: MedusaResponse<PaymentOptionsResponse>): void {
  const env = readRuntimeEnv(process.env)
  const enabled = cardPaymentEnabled(env)
  res.json({ card: { enabled, publishable_key: enabled ? (env.stripe?.publishableKey ?? null) : null } })
}
