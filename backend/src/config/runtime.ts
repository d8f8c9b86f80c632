/**
 * Reads Mirashop's runtime settings from the environment once, so that
 * medusa-config.ts stays declarative and the rules are unit-tested.
 */

/** Medusa's process roles: one `shared` process, or `server` processes plus `worker` processes. */
export type WorkerMode = "shared" | "server" | "worker"

/** Stripe settings; `apiHost` points the SDK at a local fake (tests) instead of api.stripe.com. */
export interface StripeEnv {
  apiKey: string
  webhookSecret: string
  publishableKey: string | null
  apiHost: { host: string; port: number; protocol: "http" | "https" } | undefined
}

/** Every setting the backend reads from the environment. */
export interface RuntimeEnv {
  production: boolean
  databaseUrl: string
  databaseSsl: boolean
  redisUrl: string | undefined
  workerMode: WorkerMode
  adminDisabled: boolean
  backendUrl: string
  storeCors: string
  adminCors: string
  authCors: string
  merchantCors: string
  jwtSecret: string
  cookieSecret: string
  /** Session cookies are `Secure` in production unless COOKIE_SECURE=false (local http demo). */
  cookieSecure: boolean
  /** Behind a load balancer (TRUST_PROXY=true): client IPs come from the last X-Forwarded-For hop. */
  trustProxy: boolean
  /** Card payments: on only when both the secret key and the webhook signing secret are set. */
  stripe: StripeEnv | undefined
  /** Platform commission in basis points (100 = 1 %), 0 for the city's launch; shops may have their own. */
  platformCommissionBp: number
  smtpUrl: string | undefined
  mailFrom: string
  outboxDir: string
  searchLanguage: string
  /** Where uploaded files are written and the absolute URL prefix Medusa stores for them. */
  uploadDir: string | undefined
  fileBaseUrl: string
  /** Public URLs of the apps, for links in e-mails. */
  storefrontUrl: string
  merchantAdminUrl: string
}

const DEV_SECRET = "mirashop-dev-secret-not-for-production"
const DEFAULT_ORIGINS = "http://localhost:8000,http://localhost:8001,http://localhost:5173,http://localhost:5174"

function secret(name: string, value: string | undefined, production: boolean): string {
  if (value) return value
  if (production) {
    throw new Error(`${name} must be set when NODE_ENV=production`)
  }
  return DEV_SECRET
}

function workerMode(value: string | undefined): WorkerMode {
  const mode = value ?? "shared"
  if (mode === "shared" || mode === "server" || mode === "worker") return mode
  throw new Error(`MEDUSA_WORKER_MODE must be shared, server or worker (got "${mode}")`)
}

function absoluteBackendUrl(value: string | undefined): string {
  return value && /^https?:\/\//.test(value) ? value.replace(/\/$/, "") : "http://localhost:9000"
}

function stripeEnv(source: Record<string, string | undefined>): StripeEnv | undefined {
  const apiKey = source.STRIPE_API_KEY
  const webhookSecret = source.STRIPE_WEBHOOK_SECRET
  if (!apiKey || !webhookSecret) return undefined
  const host = source.STRIPE_API_HOST
  return {
    apiKey,
    webhookSecret,
    publishableKey: source.STRIPE_PUBLISHABLE_KEY || null,
    apiHost: host
      ? {
          host,
          port: Number(source.STRIPE_API_PORT ?? (source.STRIPE_API_PROTOCOL === "http" ? 80 : 443)),
          protocol: source.STRIPE_API_PROTOCOL === "http" ? "http" : "https",
        }
      : undefined,
  }
}

function commissionBp(value: string | undefined): number {
  const rate = Number(value ?? 0)
  if (!Number.isInteger(rate) || rate < 0 || rate > 10_000) {
    throw new Error(`PLATFORM_COMMISSION_BP must be an integer between 0 and 10000 (got "${value}")`)
  }
  return rate
}

/** Builds the runtime settings; throws on a production process missing its secrets. */
export function readRuntimeEnv(source: Record<string, string | undefined>): RuntimeEnv {
  const production = source.NODE_ENV === "production"
  const mode = workerMode(source.MEDUSA_WORKER_MODE)
  const origins = source.CORS_ORIGINS ?? DEFAULT_ORIGINS
  const databaseUrl = source.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/mirashop"
  return {
    production,
    databaseUrl,
    databaseSsl: /sslmode=(require|verify)/.test(databaseUrl),
    redisUrl: source.REDIS_URL || undefined,
    workerMode: mode,
    adminDisabled: mode === "worker" || source.DISABLE_MEDUSA_ADMIN === "true",
    backendUrl: source.MEDUSA_BACKEND_URL ?? "/",
    storeCors: source.STORE_CORS ?? origins,
    adminCors: source.ADMIN_CORS ?? origins,
    authCors: source.AUTH_CORS ?? origins,
    merchantCors: source.MERCHANT_CORS ?? origins,
    jwtSecret: secret("JWT_SECRET", source.JWT_SECRET, production),
    cookieSecret: secret("COOKIE_SECRET", source.COOKIE_SECRET, production),
    cookieSecure: production && source.COOKIE_SECURE !== "false",
    trustProxy: source.TRUST_PROXY === "true",
    stripe: stripeEnv(source),
    platformCommissionBp: commissionBp(source.PLATFORM_COMMISSION_BP),
    smtpUrl: source.SMTP_URL || undefined,
    mailFrom: source.MAIL_FROM ?? "Mirashop <ne-pas-repondre@mirashop.local>",
    outboxDir: source.OUTBOX_DIR ?? `${process.cwd()}/../.data/outbox`,
    searchLanguage: "french",
    uploadDir: source.UPLOAD_DIR || undefined,
    fileBaseUrl: source.FILE_BASE_URL ?? `${absoluteBackendUrl(source.MEDUSA_BACKEND_URL)}/static`,
    storefrontUrl: source.STOREFRONT_URL ?? "http://localhost:8000",
    merchantAdminUrl: source.MERCHANT_ADMIN_URL ?? "http://localhost:8001",
  }
}

/** A module entry as Medusa's `defineConfig` accepts it. */
export interface ModuleEntry {
  resolve: string
  key?: string
  options?: Record<string, unknown>
}

/**
 * How Redis queues an event: Medusa's default is one attempt, so a subscriber that failed while
 * PostgreSQL restarted would drop its event. Retried instead for about two minutes (1 s, 2 s,
 * 4 s… between attempts), only the subscribers that failed; sends stay single thanks to their
 * idempotency keys (ADR 0004). Failed events are kept a week for inspection.
 */
export const EVENT_JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: "exponential", delay: 1_000 },
  removeOnComplete: true,
  removeOnFail: { age: 7 * 24 * 3600 },
}

/** Chooses Medusa modules from the runtime settings (Redis or in-memory, Stripe or not). */
export function buildModules(env: RuntimeEnv): ModuleEntry[] {
  const paymentProviders: Record<string, unknown>[] = []
  if (env.stripe) {
    // Our subclass of Medusa's provider, so that tests can point the SDK at a local fake Stripe.
    paymentProviders.push({
      resolve: "./src/modules/stripe-payment",
      id: "stripe",
      options: {
        apiKey: env.stripe.apiKey,
        webhookSecret: env.stripe.webhookSecret,
        capture: false,
        apiHost: env.stripe.apiHost,
      },
    })
  }

  const emailProvider = env.smtpUrl
    ? {
        resolve: "./src/modules/smtp-notification",
        id: "smtp",
        options: { channels: ["email"], url: env.smtpUrl, from: env.mailFrom },
      }
    : {
        resolve: "./src/modules/outbox-notification",
        id: "outbox",
        options: { channels: ["email"], directory: env.outboxDir, from: env.mailFrom },
      }

  const modules: ModuleEntry[] = [
    { resolve: "./src/modules/marketplace" },
    { resolve: "./src/modules/catalog" },
    { resolve: "./src/modules/city" },
    { resolve: "./src/modules/stripe-events" },
    { resolve: "./src/modules/ledger" },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { upload_dir: env.uploadDir, backend_url: env.fileBaseUrl },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          emailProvider,
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { name: "Fil d'activité", channels: ["feed"] },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/payment",
      options: { providers: paymentProviders },
    },
    {
      resolve: "@medusajs/medusa/search",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/search-postgres",
            id: "postgres",
            options: { engine: "native", language: env.searchLanguage },
          },
        ],
      },
    },
  ]

  if (env.redisUrl) {
    modules.push(
      {
        resolve: "@medusajs/medusa/event-bus-redis",
        options: { redisUrl: env.redisUrl, jobOptions: EVENT_JOB_OPTIONS },
      },
      {
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl: env.redisUrl } },
      },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl: env.redisUrl },
            },
          ],
        },
      }
    )
  }
  return modules
}
