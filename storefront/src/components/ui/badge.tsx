import type { ReactNode } from "react"

/** Colour families of badges, each checked for AA contrast in styles.css. */
export type BadgeTone = "neutral" | "success" | "warning" | "danger"

/** A short state label. The colour is decoration: the text says it all (RGAA 3.1). */
export function Badge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>
}
