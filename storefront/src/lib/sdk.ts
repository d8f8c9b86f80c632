import Medusa from "@medusajs/js-sdk"
import { config } from "./config"

/**
 * The one Medusa client of the storefront. Only the data files of features import it, so
 * it is downloaded with the first page that reads the API, not with the app shell.
 * Our own routes go through `sdk.client.fetch<T>(path, { query })`, typed with @mirashop/contract.
 */
export const sdk = new Medusa({
  baseUrl: config.backendUrl,
  publishableKey: config.publishableKey,
})
