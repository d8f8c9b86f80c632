import { describe, expect, it } from "vitest"
import { signInvite, verifyInvite } from "./invite-token"

describe("invite tokens", () => {
  const payload = { merchant_user_id: "mu_1", email: "lea@exemple.fr" }

  it("round-trips a signed invitation", () => {
    expect(verifyInvite(signInvite(payload, "s3cret"), "s3cret")).toMatchObject(payload)
  })

  it("refuses another secret, a tampered body and an expired token", () => {
    const token = signInvite(payload, "s3cret")
    expect(verifyInvite(token, "other")).toBeNull()
    const [, sig] = token.split(".")
    const forged = `${Buffer.from(JSON.stringify({ ...payload, email: "x@y.z", exp: Date.now() + 1e9 })).toString("base64url")}.${sig}`
    expect(verifyInvite(forged, "s3cret")).toBeNull()
    expect(verifyInvite(signInvite(payload, "s3cret", -1), "s3cret")).toBeNull()
    expect(verifyInvite("garbage", "s3cret")).toBeNull()
  })
})
