import { TRADES } from "@mirashop/contract"
import { WEEKDAYS } from "@mirashop/domain"
import { describe, expect, it } from "vitest"
import en from "@/locales/en.json"
import fr from "@/locales/fr.json"
import { DEFAULT_LANGUAGE, i18n, LANGUAGE_STORAGE_KEY, loadCatalogue, setLanguage } from "./i18n"

const resources = { fr: { translation: fr }, en: { translation: en } }

/** Every "a.b.c" path to a string in a catalogue. */
function keys(catalogue: object, prefix = ""): string[] {
  return Object.entries(catalogue).flatMap(([key, value]: [string, unknown]) =>
    typeof value === "object" && value !== null
      ? keys(value, `${prefix}${key}.`)
      : [`${prefix}${key}`]
  )
}

/** Every leaf value of a catalogue. */
function leaves(catalogue: object): unknown[] {
  return Object.values(catalogue).flatMap((value: unknown) =>
    typeof value === "object" && value !== null ? leaves(value) : [value]
  )
}

describe("translations", () => {
  it("has the same keys in French and English", () => {
    expect(keys(resources.en.translation).sort()).toEqual(keys(resources.fr.translation).sort())
  })

  it("has no empty text", () => {
    for (const language of [resources.fr, resources.en]) {
      for (const text of leaves(language.translation)) {
        expect(typeof text === "string" && text.trim().length > 0).toBe(true)
      }
    }
  })

  it("names every trade and every day the backend can send", () => {
    expect(Object.keys(resources.fr.translation.trades).sort()).toEqual([...TRADES].sort())
    expect(Object.keys(resources.fr.translation.days)).toEqual([...WEEKDAYS])
  })

  it("downloads the English catalogue the switch shows", async () => {
    expect(await loadCatalogue("en")).toEqual(en)
  })

  it("starts in French and remembers a switch to English", async () => {
    expect(i18n.language).toBe(DEFAULT_LANGUAGE)
    expect(document.documentElement.lang).toBe("fr")

    await setLanguage("en")

    expect(i18n.t("nav.shops")).toBe("Shops")
    expect(document.documentElement.lang).toBe("en")
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("en")
  })
})
