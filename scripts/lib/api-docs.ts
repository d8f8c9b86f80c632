import { routeTable } from "./route-table"

const SECTIONS = [
  { prefix: "/merchant", title: "Merchant API (`/merchant/*`)", auth: "Bearer token or session of a `merchant` actor (`POST /auth/merchant/emailpass`); every route is scoped to the caller's shop." },
  { prefix: "/store", title: "Store API — Mirashop routes (`/store/*`)", auth: "Header `x-publishable-api-key`." },
  { prefix: "/admin", title: "City API — Mirashop routes (`/admin/*`)", auth: "Medusa admin user (session or bearer)." },
]

/** The API reference page, generated from the backend's route files and their doc comments. */
export function renderApiDocs(): string {
  const lines = [
    "# Mirashop HTTP API",
    "",
    "Generated from `backend/src/api/**/route.ts` by `npm run docs:api`; a unit test fails when this page is out of date.",
    "Request and response types: `packages/contract/src`. Errors are Medusa errors `{ type, message }` with French messages;",
    "lists answer `{ <things>, count, offset, limit }`.",
  ]
  for (const section of SECTIONS) {
    lines.push("", `## ${section.title}`, "", section.auth, "", "| method | path | what it does |", "|---|---|---|")
    for (const route of routeTable(section.prefix)) {
      lines.push(`| ${route.method} | \`${route.path}\` | ${route.summary.replace(/\|/g, "\\|")} |`)
    }
  }
  return `${lines.join("\n")}\n`
}
