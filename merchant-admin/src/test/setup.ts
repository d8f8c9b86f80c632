import { cleanup } from "@testing-library/react"
import { afterEach, beforeEach } from "vitest"
import { DEFAULT_LANGUAGE, i18n } from "@/lib/i18n"

beforeEach(async () => {
  window.localStorage.clear()
  await i18n.changeLanguage(DEFAULT_LANGUAGE)
})

afterEach(() => {
  cleanup()
})
