// The subset of autocannon 9 the bench uses (the package ships no types).
declare module "autocannon" {
  import type { EventEmitter } from "node:events"

  interface Request {
    method?: string
    path?: string
    headers?: Record<string, string>
    body?: string
    setupRequest?: (request: Request) => Request
  }

  interface Options {
    url: string
    connections?: number
    duration?: number
    method?: string
    headers?: Record<string, string>
    body?: string
    requests?: Request[]
    timeout?: number
  }

  interface Result {
    requests: { average: number; total: number }
    errors: number
    timeouts: number
    non2xx: number
    "2xx": number
    duration: number
  }

  interface Instance extends EventEmitter {
    on(event: "response", listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): this
    on(event: "done", listener: (result: Result) => void): this
  }

  function autocannon(options: Options, callback: (error: Error | null, result: Result) => void): Instance

  export = autocannon
}
