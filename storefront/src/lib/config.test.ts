import { afterEach, describe, expect, it } from "vitest"
import { PUBLISHABLE_KEY_PLACEHOLDER, readPublishableKey } from "./config"

function serveKey(content: string): void {
  const meta = document.createElement("meta")
  meta.name = "mirashop-publishable-key"
  meta.content = content
  document.head.append(meta)
}

describe("publishable key", () => {
  afterEach(() => {
    document.head.innerHTML = ""
  })

  it("is the key the server wrote into the page", () => {
    serveKey("pk_served")
    expect(readPublishableKey(document, "pk_dev")).toBe("pk_served")
  })

  it("falls back to the build-time key when the placeholder was left as is (vite dev)", () => {
    serveKey(PUBLISHABLE_KEY_PLACEHOLDER)
    expect(readPublishableKey(document, "pk_dev")).toBe("pk_dev")
  })

  it("falls back when the server had no key to write, and is undefined with none at all", () => {
    serveKey("")
    expect(readPublishableKey(document, "pk_dev")).toBe("pk_dev")
    expect(readPublishableKey(document, undefined)).toBeUndefined()
    expect(readPublishableKey(document, "")).toBeUndefined()
  })
})
