import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import {
  createCustomerAccountWorkflow,
  createUserAccountWorkflow,
} from "@medusajs/medusa/core-flows"
import { DEMO_LOGINS } from "../seed-data/demo-logins"

/** Registers an email/password identity with Medusa's auth module (password hashed with scrypt). */
export async function registerEmailPassword(
  container: MedusaContainer,
  email: string,
  password: string
): Promise<string> {
  const auth = container.resolve(Modules.AUTH)
  const { success, authIdentity, error } = await auth.register("emailpass", {
    body: { email, password },
  })
  if (!success || !authIdentity) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, error ?? `Inscription impossible pour ${email}`)
  }
  return authIdentity.id
}

/** Creates the city admin (Medusa admin user) and the demo shopper. */
export async function seedPeople(container: MedusaContainer): Promise<void> {
  const { admin, shopper } = DEMO_LOGINS
  await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId: await registerEmailPassword(container, admin.email, admin.password),
      userData: { email: admin.email, first_name: admin.first_name, last_name: admin.last_name },
    },
  })
  await createCustomerAccountWorkflow(container).run({
    input: {
      authIdentityId: await registerEmailPassword(container, shopper.email, shopper.password),
      customerData: {
        email: shopper.email,
        first_name: shopper.first_name,
        last_name: shopper.last_name,
        phone: shopper.phone,
      },
    },
  })
}
