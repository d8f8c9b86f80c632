/** A JSON call to the bench backend with the storefront's publishable key. */
export async function call<T>(
  backendUrl: string,
  key: string,
  path: string,
  init: { method?: string; body?: unknown } = {}
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${backendUrl}${path}`, {
    method: init.method ?? "GET",
    headers: { "x-publishable-api-key": key, "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const text = await response.text()
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as T }
}

/** Like `call`, but throws with the route and answer unless the status is 2xx. */
export async function callOk<T>(backendUrl: string, key: string, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const { status, body } = await call<T>(backendUrl, key, path, init)
  if (status < 200 || status >= 300) throw new Error(`${init.method ?? "GET"} ${path} → ${status} ${JSON.stringify(body).slice(0, 300)}`)
  return body
}
