import {
  errorHandler,
  type MedusaErrorHandlerFunction,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { clientFault } from "../lib/client-errors"
import { isDependencyUnavailable, RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from "../lib/dependency-errors"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, with two corrections. While PostgreSQL or Redis is out of reach the
 * client gets a 503 with `Retry-After` and a French sentence instead of « An unknown error
 * occurred. » and a 500: the request may succeed in a few seconds, and the client should know it.
 * And input that only the request is to blame for (see `clientFault`) gets a 400, not a 500.
 */
export const mirashopErrorHandler: MedusaErrorHandlerFunction = (
  error: unknown,
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) => {
  const fault = clientFault(error)
  if (fault && !res.headersSent) {
    res.status(fault.status).json({ type: "invalid_data", message: fault.message })
    return
  }
  if (!isDependencyUnavailable(error)) return medusaErrorHandler(error, req, res, next)
  const message = error instanceof Error ? error.message : String(error)
  req.scope?.resolve(ContainerRegistrationKeys.LOGGER).warn(`Service indisponible pendant ${req.method} ${req.path} : ${message}`)
  if (res.headersSent) {
    res.end()
    return
  }
  res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS))
  res.status(503).json({ type: "service_unavailable", message: UNAVAILABLE_MESSAGE })
}
