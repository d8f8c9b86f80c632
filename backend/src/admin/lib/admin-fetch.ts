/** Calls a city route of the backend with the admin's session cookie; errors carry the backend's French message. */
export async function adminFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, {
    ...init,
    credentials: "include",
    headers: { "content-type": "application/json", ...init.headers },
  })
  const body = (await response.json()) as T & { message?: string }
  if (!response.ok) throw new Error(body.message ?? `Erreur ${response.status}`)
  return body
}
