import { readFileSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { parse } from "yaml"
import { ROOT } from "../../scripts/lib/paths"

interface ComposeService {
  command?: string[] | string
  environment?: Record<string, string>
  deploy?: { replicas?: number }
  depends_on?: Record<string, { condition: string }>
}

const compose = parse(readFileSync(path.join(ROOT, "docker-compose.yml"), "utf8"), { merge: true }) as { services: Record<string, ComposeService> }
const { services } = compose

/**
 * docker-compose.yml is never run here (no Docker engine): this reads it, so that the topology
 * the resilience suites prove (scale-out.test.ts: 2 servers + 1 worker on one PostgreSQL and one
 * Redis) is the one production deploys.
 */
describe("docker-compose.yml describes the topology the resilience suites prove", () => {
  it("runs 2 server replicas and 1 worker of the same backend on one database and one Redis", () => {
    expect(services.server.deploy?.replicas).toBe(2)
    expect(services.worker.deploy?.replicas).toBe(1)
    expect(services.server.environment?.MEDUSA_WORKER_MODE).toBe("server")
    expect(services.worker.environment?.MEDUSA_WORKER_MODE).toBe("worker")
    expect(services.worker.environment?.DISABLE_MEDUSA_ADMIN).toBe("true")
    for (const name of ["server", "worker", "migrate"]) {
      const env = services[name].environment ?? {}
      expect(env.NODE_ENV, name).toMatch(/production/)
      expect(env.DATABASE_URL, name).toBe(services.server.environment?.DATABASE_URL)
      expect(env.REDIS_URL, name).toMatch(/redis:\/\/redis:6379/)
      expect(env.TRUST_PROXY, name).toMatch(/true/)
      expect(env.COOKIE_SECURE, name).toMatch(/true/)
    }
  })

  it("keeps Redis queues across a restart (append-only, never evicted), as the suite's own Redis does", () => {
    const command = ([] as string[]).concat(services.redis.command ?? [])
    expect(command.join(" ")).toMatch(/--appendonly yes/)
    expect(command.join(" ")).toMatch(/--maxmemory-policy noeviction/)
  })

  it("starts servers and workers only after the one-shot migration, and the front after a healthy server", () => {
    for (const name of ["server", "worker"]) {
      expect(services[name].depends_on?.migrate?.condition, name).toBe("service_completed_successfully")
      expect(services[name].depends_on?.redis?.condition, name).toBe("service_healthy")
    }
    expect(services.web.depends_on?.server?.condition).toBe("service_healthy")
  })
})
