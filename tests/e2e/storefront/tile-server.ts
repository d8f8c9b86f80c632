import http from "node:http"
import type { AddressInfo } from "node:net"
import { deflateSync } from "node:zlib"

/** A local map tile server: every `/{z}/{x}/{y}.png` is a plain 256×256 PNG. No internet. */
export interface TileServer {
  url: string
  /** Paths of the tiles served so far. */
  served: string[]
  close(): Promise<void>
}

function crc32(bytes: Buffer): number {
  let crc = ~0
  for (const byte of bytes) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1))
  }
  return ~crc >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, "ascii"), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A 256×256 greyscale PNG of one shade. */
function plainTile(shade: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(256, 0)
  header.writeUInt32BE(256, 4)
  header[8] = 8 // bit depth
  header[9] = 0 // greyscale
  const rows = Buffer.alloc(257 * 256, shade)
  for (let row = 0; row < 256; row++) rows[row * 257] = 0 // filter byte: none
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ])
}

/** Starts the tile server on a free local port. */
export async function startTileServer(): Promise<TileServer> {
  const tile = plainTile(0xe4)
  const served: string[] = []
  const server = http.createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://tiles").pathname
    if (!/^\/\d+\/\d+\/\d+\.png$/.test(path)) {
      response.writeHead(404).end()
      return
    }
    served.push(path)
    response
      .writeHead(200, { "content-type": "image/png", "content-length": tile.length })
      .end(tile)
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
