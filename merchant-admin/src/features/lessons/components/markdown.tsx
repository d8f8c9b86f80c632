import { Fragment, type ReactNode } from "react"

/** One block of a lesson: the small subset of Markdown the lessons are written in. */
export type Block =
  | { kind: "h1" | "h2" | "p" | "quote"; text: string }
  | { kind: "list"; items: string[] }

/** Splits lesson Markdown into blocks: `#`/`##` headings, `- ` lists, `> ` quotes, paragraphs. */
export function parseLesson(source: string): Block[] {
  const blocks: Block[] = []
  for (const chunk of source.replace(/\r\n/g, "\n").split(/\n\s*\n/)) {
    const lines = chunk.split("\n").map((line) => line.trim()).filter(Boolean)
    if (lines.length === 0) continue
    const first = lines[0]
    if (first.startsWith("## ")) blocks.push({ kind: "h2", text: first.slice(3) })
    else if (first.startsWith("# ")) blocks.push({ kind: "h1", text: first.slice(2) })
    else if (lines.every((line) => line.startsWith("- "))) blocks.push({ kind: "list", items: lines.map((line) => line.slice(2)) })
    else if (lines.every((line) => line.startsWith(">"))) blocks.push({ kind: "quote", text: lines.map((line) => line.replace(/^>\s?/, "")).join(" ") })
    else blocks.push({ kind: "p", text: lines.join(" ") })
    // A heading directly followed by text in the same chunk keeps that text as a paragraph.
    if (first.startsWith("#") && lines.length > 1) blocks.push({ kind: "p", text: lines.slice(1).join(" ") })
  }
  return blocks
}

/** `**bold**` spans as <strong>; everything else stays text (no HTML is ever injected). */
function inline(text: string): ReactNode {
  return text.split(/(\*\*[^*]+\*\*)/).map((part, index) =>
    part.startsWith("**") && part.endsWith("**") ? <strong key={index}>{part.slice(2, -2)}</strong> : <Fragment key={index}>{part}</Fragment>
  )
}

/** Renders lesson blocks; the first heading is the page's <h1>, focus target after navigation. */
export function Markdown({ blocks }: { blocks: Block[] }) {
  return (
    <>
      {blocks.map((block, index) => {
        switch (block.kind) {
          case "h1":
            return (
              <h1 key={index} tabIndex={-1}>
                {inline(block.text)}
              </h1>
            )
          case "h2":
            return <h2 key={index}>{inline(block.text)}</h2>
          case "list":
            return (
              <ul key={index}>
                {block.items.map((item, itemIndex) => (
                  <li key={itemIndex}>{inline(item)}</li>
                ))}
              </ul>
            )
          case "quote":
            return (
              <blockquote key={index} className="example">
                <p>{inline(block.text)}</p>
              </blockquote>
            )
          case "p":
            return <p key={index}>{inline(block.text)}</p>
        }
      })}
    </>
  )
}
