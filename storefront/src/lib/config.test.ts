import { afterEach, describe, expect, it } from "vitest"
import {
  DEFAULT_MAP_TILES,
  PUBLISHABLE_KEY_PLACEHOLDER,
  readMapTiles,
  readPublishableKey,
} from "./config"

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

describe("map tiles", () => {
  afterEach(() => {
    document.head.innerHTML = ""
  })

  function serveTiles(content: string, attribution?: string): void {
    const meta = document.createElement("meta")
    meta.name = "mirashop-map-tiles"
    meta.content = content
    if (attribution) meta.dataset.attribution = attribution
    document.head.append(meta)
  }

  it("are OpenStreetMap's when the page names none, or names something that is no template", () => {
    expect(readMapTiles(document)).toEqual(DEFAULT_MAP_TILES)
    serveTiles("https://tiles.example")
    expect(readMapTiles(document)).toEqual(DEFAULT_MAP_TILES)
  })

  it("are the server the page names, with its credit", () => {
    serveTiles("https://tiles.miramas.fr/{z}/{x}/{y}.png", "© Ville de Miramas")
    expect(readMapTiles(document)).toEqual({
      url: "https://tiles.miramas.fr/{z}/{x}/{y}.png",
      attribution: "© Ville de Miramas",
    })
  })
})
