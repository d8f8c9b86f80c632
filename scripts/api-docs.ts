/** `npm run docs:api`: rewrites docs/api.md from the backend's route files. */
import { writeFileSync } from "node:fs"
import path from "node:path"
import { renderApiDocs } from "./lib/api-docs"
import { ROOT } from "./lib/paths"

writeFileSync(path.join(ROOT, "docs", "api.md"), renderApiDocs())
