import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { clientFault } from "./client-errors"

describe("clientFault", () => {
  it("answers 400 to a path Express could not decode", () => {
    const error = Object.assign(new Error("Failed to decode param '%ED%BF%BF'"), { status: 400, statusCode: 400 })
    expect(clientFault(error)?.status).toBe(400)
    expect(clientFault(error)?.message).toMatch(/caractères invalides/)
  })

  it("answers 400 to a value PostgreSQL refuses (class 22), even wrapped", () => {
    const nul = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: "22021" })
    expect(clientFault(new Error("driver", { cause: nul }))?.status).toBe(400)
    expect(clientFault(Object.assign(new Error("out of range"), { code: "22003" }))?.status).toBe(400)
  })

  it("answers 400 to a query key nested three levels deep", () => {
    const error = new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "Key accessor more than 2 levels deep: a.b.c")
    expect(clientFault(error)?.message).toMatch(/deux niveaux/)
  })

  it("leaves other errors to Medusa's handler", () => {
    expect(clientFault(new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "a bug"))).toBeNull()
    expect(clientFault(Object.assign(new Error("duplicate"), { code: "23505" }))).toBeNull()
    expect(clientFault(new TypeError("x is undefined"))).toBeNull()
    expect(clientFault(Object.assign(new Error("Not Found"), { status: 404 }))).toBeNull()
  })
})
