import type { ExecArgs } from "@medusajs/framework/types"
import { rebuildCatalog } from "./rebuild-catalog"
import { seedMiramas } from "./seed-miramas"

/**
 * `medusa exec ./src/scripts/seed.ts`: loads the Miramas demo once (a second run does nothing),
 * then rebuilds the catalogue, whose subscribers do not run inside `medusa exec`.
 */
export default async function seed({ container }: ExecArgs): Promise<void> {
  await seedMiramas(container)
  await rebuildCatalog(container)
}
