/** Where to go after signing in: only a path of this site, never another origin. */
export function safeReturnPath(value: string | null): string {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/compte"
}
