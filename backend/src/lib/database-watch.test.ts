import net from "node:net"
import { afterEach, describe, expect, it } from "vitest"
import { databaseAddress, databaseWatch, portOpens } from "./database-watch"

const servers: net.Server[] = []
afterEach(() => servers.splice(0).forEach((server) => server.close()))

function listen(): Promise<number> {
  const server = net.createServer((socket) => socket.end())
  servers.push(server)
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as net.AddressInfo).port)))
}

/** A port nothing listens on: opened, then closed again. */
async function closedPort(): Promise<number> {
  const port = await listen()
  servers.pop()?.close()
  return port
}

describe("databaseWatch", () => {
  it("reads host and port from a postgres URL, 5432 by default, none for a socket", () => {
    expect(databaseAddress("postgres://postgres@db.miramas.fr:6543/mirashop")).toEqual({ host: "db.miramas.fr", port: 6543 })
    expect(databaseAddress("postgres://postgres@127.0.0.1/mirashop")).toEqual({ host: "127.0.0.1", port: 5432 })
    expect(databaseAddress("postgres:///mirashop?host=/var/run/postgresql")).toBeNull()
  })

  it("tells an open port from a refusing one", async () => {
    expect(await portOpens("127.0.0.1", await listen())).toBe(true)
    expect(await portOpens("127.0.0.1", await closedPort())).toBe(false)
  })

  it("reports a refusing database as down within a second or so, and an open one as up", async () => {
    const changes: boolean[] = []
    const up = databaseWatch(`postgres://postgres@127.0.0.1:${await listen()}/mirashop`, (down) => changes.push(down))
    const down = databaseWatch(`postgres://postgres@127.0.0.1:${await closedPort()}/mirashop`, (down) => changes.push(down))
    expect([up.isDown(), down.isDown()]).toEqual([false, false])
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect([up.isDown(), down.isDown()]).toEqual([false, true])
    expect(changes).toEqual([true])
  })
})
