import { chainOf, codeOf, fieldOf } from "./error-chain"

/** Socket errors of a client that cannot reach its server (pg, ioredis, knex's pool). */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND", "EAI_AGAIN"])

/**
 * PostgreSQL's SQLSTATE classes 08 (connection exception) and 57P (operator intervention: the
 * server shutting down or still starting), from the server itself or from the pg driver.
 */
const POSTGRES_DOWN = /^(08\d{3}|57P0[1-4])$/

const NAMES = new Set(["KnexTimeoutError", "ConnectionException", "MaxRetriesPerRequestError"])

const MESSAGES = [
  // pg and knex
  /Connection terminated/i,
  /Client has encountered a connection error/i,
  /timeout exceeded when trying to connect/i,
  /Timeout acquiring a connection/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to administrator command/i,
  // ioredis, BullMQ
  /Connection is closed/i,
  /Reached the max retries per request limit/i,
  /Stream isn't writeable/i,
]

/**
 * Whether an error means a service the backend depends on (PostgreSQL, Redis) is unreachable —
 * restarting, down, refusing connections — rather than a bug or a bad request: such a request
 * deserves a 503 and a retry, never a 500.
 */
export function isDependencyUnavailable(error: unknown): boolean {
  return chainOf(error).some((link) => {
    const code = codeOf(link)
    const name = fieldOf(link, "name")
    const message = fieldOf(link, "message")
    return (
      SOCKET_CODES.has(code) ||
      POSTGRES_DOWN.test(code) ||
      (typeof name === "string" && NAMES.has(name)) ||
      (typeof message === "string" && MESSAGES.some((pattern) => pattern.test(message)))
    )
  })
}

/** Seconds a client should wait before retrying while a dependency is away. */
export const RETRY_AFTER_SECONDS = 5

/** The French sentence a shopper or merchant reads while a dependency is away. */
export const UNAVAILABLE_MESSAGE = "Le service est momentanément indisponible : réessayez dans quelques secondes."
