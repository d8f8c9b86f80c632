import { Auth, Client, Store } from "@medusajs/js-sdk"
import { config } from "./config"

const sdkConfig = { baseUrl: config.backendUrl, publishableKey: config.publishableKey }
const client = new Client(sdkConfig)

/**
 * The one Medusa client of the storefront. Only the data files of features import it, so
 * it is downloaded with the first page that reads the API, not with the app shell.
 * Built from the sdk's parts rather than `new Medusa()`: a shopper never needs its Admin
 * part, which is most of the sdk's weight (ADR 0024).
 * Our own routes go through `sdk.client.fetch<T>(path, { query })`, typed with @mirashop/contract.
 */
export const sdk = {
  client,
  store: new Store(client),
  auth: new Auth(client, sdkConfig),
}
