import { vi } from "vitest"

/** One request as the fake backend saw it. */
export interface SeenRequest {
  method: string
  path: string
  query: URLSearchParams
  headers: Headers
  /** The JSON body sent, parsed (undefined without one). */
  body: unknown
}

type Route = `${"GET" | "POST" | "DELETE"} ${string}`
type Answer = { status: number; body?: unknown }
type Reply = Answer | ((request: SeenRequest) => Answer | Promise<Answer>)

/**
 * Replaces `fetch`, the app's only way out, with canned answers per "METHOD /path".
 * Unknown routes answer 404 so a test never reaches the network by accident.
 */
export function fakeBackend(routes: Partial<Record<Route, Reply>>) {
  const requests: SeenRequest[] = []
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input.toString())
    const request: SeenRequest = {
      method: (init?.method ?? "GET").toUpperCase(),
      path: url.pathname,
      query: url.searchParams,
      headers: new Headers(init?.headers),
      body: typeof init?.body === "string" ? (JSON.parse(init.body) as unknown) : undefined,
    }
    requests.push(request)
    const reply = routes[`${request.method} ${request.path}` as Route]
    const { status, body } =
      typeof reply === "function"
        ? await reply(request)
        : (reply ?? { status: 404, body: { type: "not_found", message: "Not found" } })
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { "content-type": "application/json" },
    })
  })
  vi.stubGlobal("fetch", fetch)
  return { fetch, requests }
}
