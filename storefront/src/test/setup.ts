import { cleanup, configure } from "@testing-library/react"
import { afterEach, beforeEach } from "vitest"
import { DEFAULT_LANGUAGE, i18n } from "@/lib/i18n"

// Pages are lazy chunks: the first test of a file waits for Vite to transform one on demand.
configure({ asyncUtilTimeout: 10_000 })

// jsdom does not scroll; the router's scroll restoration calls this on every navigation.
window.scrollTo = () => undefined

beforeEach(async () => {
  window.localStorage.clear()
  await i18n.changeLanguage(DEFAULT_LANGUAGE)
})

afterEach(() => {
  cleanup()
})
