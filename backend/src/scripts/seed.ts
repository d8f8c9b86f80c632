import type { ExecArgs } from "@medusajs/framework/types"
import { seedMiramas } from "./seed-miramas"

/** `medusa exec ./src/scripts/seed.ts`: loads the Miramas demo once (a second run does nothing). */
export default async function seed({ container }: ExecArgs): Promise<void> {
  await seedMiramas(container)
}
