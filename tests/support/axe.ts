import AxeBuilder from "@axe-core/playwright"
import type { Page } from "playwright-core"
import { expect } from "vitest"

/** Runs axe-core (WCAG 2.1 A and AA rules) on the page and fails with the rules it breaks. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()
  const found = violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)
  expect(found, `axe on ${screen}`).toEqual([])
}
