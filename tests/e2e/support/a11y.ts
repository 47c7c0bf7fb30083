// Accessibility checks shared by the browser suites: axe-core with the WCAG 2.2 A and AA rules.
import AxeBuilder from "@axe-core/playwright"
import { expect, type Page } from "@playwright/test"

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

/**
 * Runs axe on the page as it is now and fails on any serious or critical violation, naming the rule,
 * the elements (CSS targets) and axe's help text. Minor and moderate findings are left to review.
 */
export async function expectNoSeriousViolations(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  const serious = violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => {
      const targets = violation.nodes.map((node) => `    ${node.target.join(" ")}`).join("\n")
      return `${violation.id} (${violation.impact}): ${violation.help}\n${targets}`
    })
  expect(serious, `axe found serious violations on ${label}:\n${serious.join("\n")}`).toEqual([])
}
