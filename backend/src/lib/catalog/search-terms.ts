/** French words too common to narrow a search ("pot de miel" searches "pot" and "miel"). */
const STOP_WORDS = new Set([
  "a", "au", "aux", "avec", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les",
  "ou", "par", "pour", "sans", "sur", "un", "une",
])

/** Lower-case, accents removed, anything but letters and digits turned into spaces. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
}

/** The words of a shopper's query worth searching for, at most six, normalised. */
export function searchTerms(query: string | undefined): string[] {
  if (!query) return []
  const words = normalizeText(query)
    .split(" ")
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word))
  return [...new Set(words)].slice(0, 6)
}
