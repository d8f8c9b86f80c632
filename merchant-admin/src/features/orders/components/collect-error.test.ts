import { describe, expect, it } from "vitest"
import { i18n } from "@/lib/i18n"
import { CollectError } from "../api/collect"
import { collectErrorMessage } from "./collect-error"

describe("collectErrorMessage", () => {
  const t = i18n.getFixedT("fr")

  it("turns Retry-After into whole minutes, rounded up", () => {
    expect(collectErrorMessage(new CollectError("", 429, 61), t)).toBe("Trop de codes erronés pour cette commande : réessayez dans 2 minutes.")
    expect(collectErrorMessage(new CollectError("", 429, 30), t)).toBe("Trop de codes erronés pour cette commande : réessayez dans 1 minute.")
  })

  it("shows the backend's sentence for a wrong code", () => {
    expect(collectErrorMessage(new CollectError("Code de retrait incorrect : il reste 4 essais.", 400, null), t)).toBe("Code de retrait incorrect : il reste 4 essais.")
  })

  it("falls back to a generic sentence for server and network failures", () => {
    expect(collectErrorMessage(new CollectError("", 500, null), t)).toBe(t("orders.actionError"))
    expect(collectErrorMessage(new TypeError("Failed to fetch"), t)).toBe(t("orders.actionError"))
    expect(collectErrorMessage(null, t)).toBeNull()
  })
})
