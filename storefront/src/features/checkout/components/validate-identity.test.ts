import { describe, expect, it } from "vitest"
import { validateIdentity } from "./validate-identity"

const camille = {
  email: "camille@exemple.fr",
  first_name: "Camille",
  last_name: "Roux",
  phone: "06 12 34 56 78",
}

describe("identity validation", () => {
  it("accepts a complete identity with a French phone written in any usual way", () => {
    expect(validateIdentity(camille)).toEqual({})
    expect(validateIdentity({ ...camille, phone: "+33 6 12 34 56 78" })).toEqual({})
    expect(validateIdentity({ ...camille, phone: "04.90.58.00.00" })).toEqual({})
  })

  it("names every missing field, blanks included", () => {
    expect(validateIdentity({ email: "", first_name: "  ", last_name: "", phone: "" })).toEqual({
      email: "required",
      first_name: "required",
      last_name: "required",
      phone: "required",
    })
  })

  it("refuses an e-mail without domain and a phone that is not a French number", () => {
    expect(validateIdentity({ ...camille, email: "camille@" })).toEqual({ email: "email" })
    expect(validateIdentity({ ...camille, phone: "12345" })).toEqual({ phone: "phone" })
    expect(validateIdentity({ ...camille, phone: "00 12 34 56 78" })).toEqual({ phone: "phone" })
  })
})
