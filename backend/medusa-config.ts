import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { buildModules, readRuntimeEnv } from "./src/config/runtime"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const env = readRuntimeEnv(process.env)

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.databaseUrl,
    databaseDriverOptions: env.databaseSsl ? undefined : { connection: { ssl: false } },
    redisUrl: env.redisUrl,
    workerMode: env.workerMode,
    cookieOptions: { httpOnly: true, sameSite: "lax", secure: env.cookieSecure },
    http: {
      storeCors: env.storeCors,
      adminCors: env.adminCors,
      authCors: env.authCors,
      jwtSecret: env.jwtSecret,
      cookieSecret: env.cookieSecret,
      // Every JSON answer above 1 KB goes out brotli- or gzip-compressed (the town's sobriety policy).
      compression: { enabled: true, level: 6, threshold: 1024 },
      authMethodsPerActor: {
        user: ["emailpass"],
        customer: ["emailpass"],
        merchant: ["emailpass"],
      },
    },
  },
  admin: {
    disable: env.adminDisabled,
    backendUrl: env.backendUrl,
  },
  modules: buildModules(env),
})

