import { chainOf, codeOf, fieldOf } from "./error-chain"

/** A refusal the client caused, as the handler should answer it. */
export interface ClientFault {
  status: number
  message: string
}

/** PostgreSQL's class 22 (data exception): a NUL byte, a value out of range, a malformed number or date. */
const POSTGRES_BAD_VALUE = /^22[0-9A-Z]{3}$/

/**
 * Errors that Medusa's handler answers with a 500 although the request alone caused them, found by
 * fuzzing every route (tests/integration/api/fuzz.test.ts):
 * * a path segment that is not valid UTF-8 (`%ED%BF%BF`): Express flags it 400 but not as an
 *   http-error, so Medusa answers 500;
 * * a value PostgreSQL refuses (`%00` in an id: « invalid byte sequence for encoding UTF8 »);
 * * a query key nested three levels deep (`?a.b.c=1`), which Medusa's query parser throws as an
 *   `invalid_argument` (a 500) on every route that validates its query.
 */
export function clientFault(error: unknown): ClientFault | null {
  for (const link of chainOf(error)) {
    const status = Number(fieldOf(link, "status") ?? fieldOf(link, "statusCode"))
    const message = fieldOf(link, "message")
    if (status >= 400 && status < 500 && typeof message === "string" && /^Failed to decode param/.test(message)) {
      return { status: 400, message: "L'adresse demandée contient des caractères invalides." }
    }
    const code = codeOf(link) || codeOf(link, "sqlState")
    if (POSTGRES_BAD_VALUE.test(code)) return { status: 400, message: "Une des valeurs envoyées n'est pas valide." }
    if (fieldOf(link, "type") === "invalid_argument" && typeof message === "string" && /^Key accessor more than 2 levels deep/.test(message)) {
      return { status: 400, message: "Paramètre de requête invalide : deux niveaux de « . » au plus." }
    }
  }
  return null
}
