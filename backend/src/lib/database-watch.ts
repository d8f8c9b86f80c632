import net from "node:net"

/** How often the database's port is knocked on, and how long a knock may take. */
const EVERY_MS = 1_000
const KNOCK_TIMEOUT_MS = 1_000

/** Whether a TCP connection to host:port opens within the timeout. */
export function portOpens(host: string, port: number, timeoutMs = KNOCK_TIMEOUT_MS): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port })
    const done = (open: boolean) => {
      socket.destroy()
      resolve(open)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once("connect", () => done(true))
    socket.once("error", () => done(false))
  })
}

/** Host and port of a postgres:// URL, or null when it names none (a Unix socket). */
export function databaseAddress(url: string): { host: string; port: number } | null {
  try {
    const parsed = new URL(url)
    if (!parsed.hostname) return null
    return { host: parsed.hostname, port: Number(parsed.port || 5432) }
  } catch {
    return null
  }
}

/**
 * Knows, within a second, whether PostgreSQL's port refuses connections. Medusa's connection pool
 * retries a dead server for a minute before failing a query, so without this a request made while
 * the database restarts hangs that long; with it the request gets a 503 at once. The knocking runs
 * in the background from the first question, off the request's path.
 */
export function databaseWatch(url: string, onChange: (down: boolean) => void = () => undefined): { isDown(): boolean } {
  const address = databaseAddress(url)
  let down = false
  let timer: NodeJS.Timeout | undefined
  const knock = async () => {
    if (!address) return
    const now = !(await portOpens(address.host, address.port))
    if (now !== down) onChange(now)
    down = now
  }
  return {
    isDown() {
      if (!timer && address) {
        timer = setInterval(() => void knock(), EVERY_MS)
        timer.unref()
        void knock()
      }
      return down
    },
  }
}
