/** A typed adjustment ("+10", "-2", "3"): a whole number of units, or null when it is not one. */
export function parseDelta(text: string): number | null {
  const trimmed = text.replace(/\s/g, "")
  if (!/^[+-]?\d{1,6}$/.test(trimmed)) return null
  return Number(trimmed)
}

/** The lines to send: every typed, non-zero adjustment; `invalid` lists the items whose text is not a number. */
export function draftLines(typed: Record<string, string>): { lines: { inventory_item_id: string; delta: number }[]; invalid: string[] } {
  const lines: { inventory_item_id: string; delta: number }[] = []
  const invalid: string[] = []
  for (const [id, text] of Object.entries(typed)) {
    if (!text.trim()) continue
    const delta = parseDelta(text)
    if (delta === null) invalid.push(id)
    else if (delta !== 0) lines.push({ inventory_item_id: id, delta })
  }
  return { lines, invalid }
}
