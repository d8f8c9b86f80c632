import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CheckoutListResponse } from "@mirashop/contract"
import { readCustomerCheckouts } from "../../../lib/checkouts"
import type { StoreListCheckoutsQueryType } from "./validators"

/** The signed-in shopper's checkouts, newest first, each with every shop's status, slot and code. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, StoreListCheckoutsQueryType>,
  res: MedusaResponse<CheckoutListResponse>
): Promise<void> {
  const { limit, offset } = req.validatedQuery
  const { checkouts, count } = await readCustomerCheckouts(req.scope, {
    customer_id: req.auth_context.actor_id,
    limit,
    offset,
  })
  res.json({ checkouts, count, limit, offset })
}
