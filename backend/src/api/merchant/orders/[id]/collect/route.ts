import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { checkPickupCode } from "../../../../../lib/pickup-code-check"
import { collectPickupOrderWorkflow } from "../../../../../workflows/pickup/collect-pickup-order"
import { merchantContext } from "../../../context"
import { respondWithOrder } from "../respond"
import type { MerchantCollectOrderType } from "./validators"

/**
 * Hands the order over (ready_for_pickup → collected) once the shopper's pickup code matches.
 * Wrong codes are counted; after too many the checks pause (429 with Retry-After).
 */
export async function POST(req: AuthenticatedMedusaRequest<MerchantCollectOrderType>, res: MedusaResponse): Promise<void> {
  const { shop_id } = merchantContext(req)
  const check = await checkPickupCode(req.scope, { order_id: req.params.id, shop_id, code: req.validatedBody.code, now: new Date() })
  if (check.result === "locked") {
    const minutes = Math.ceil(check.retry_after_seconds / 60)
    res.setHeader("Retry-After", String(check.retry_after_seconds))
    res.status(429).json({
      type: "too_many_attempts",
      message: `Trop de codes erronés pour cette commande : réessayez dans ${minutes} min.`,
    })
    return
  }
  if (check.result === "wrong") {
    const left = check.attempts_left === 1 ? "il reste 1 essai" : `il reste ${check.attempts_left} essais`
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Code de retrait incorrect : ${left}.`)
  }
  await collectPickupOrderWorkflow(req.scope).run({ input: { order_id: req.params.id, shop_id } })
  await respondWithOrder(req, res)
}
