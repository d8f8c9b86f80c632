import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readRuntimeEnv } from "../config/runtime"
import { databaseWatch } from "../lib/database-watch"
import { RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from "../lib/dependency-errors"
import { carriesNulByte } from "../lib/nul-bytes"
import { poolPatience } from "../lib/pool-patience"

let database: ReturnType<typeof databaseWatch> | undefined

/**
 * While PostgreSQL refuses connections, answers 503 at once instead of holding the client a minute
 * (see `databaseWatch`), and shortens the pool's wait for what reached the database before us.
 */
function refuseWhileDatabaseDown(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  database ??= databaseWatch(readRuntimeEnv(process.env).databaseUrl, poolPatience(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)))
  if (!database.isDown()) return next()
  res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS))
  res.status(503).json({ type: "service_unavailable", message: UNAVAILABLE_MESSAGE })
}

/** Refuses, before any handler, a request whose URL or body holds a NUL byte (see `carriesNulByte`). */
function refuseNulBytes(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  if (!carriesNulByte(req.originalUrl, req.body)) return next()
  res.status(400).json({ type: "invalid_data", message: "La requête contient un caractère nul, qui n'est jamais une valeur valide." })
}

/** Guards that apply to every route: a matcher without methods makes a global middleware. */
export const requestGuardMiddlewares: MiddlewareRoute[] = [{ matcher: "/", middlewares: [refuseWhileDatabaseDown, refuseNulBytes] }]
