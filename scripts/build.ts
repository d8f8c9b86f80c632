/** `npm run build`: builds whatever changed (shared packages, backend + Medusa admin, both apps). */
import { buildAll } from "./lib/marketplace"

await buildAll()
