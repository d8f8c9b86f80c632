import { render, screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { LESSON_SLUGS } from "@mirashop/contract"
import { LESSONS } from "../content"
import { Markdown, parseLesson } from "./markdown"

describe("lessons", () => {
  it("splits headings, lists, quotes and paragraphs", () => {
    expect(parseLesson("# Titre\n\nUn **mot** fort.\n\n## Partie\n\n- un\n- deux\n\n> « Exemple »")).toEqual([
      { kind: "h1", text: "Titre" },
      { kind: "p", text: "Un **mot** fort." },
      { kind: "h2", text: "Partie" },
      { kind: "list", items: ["un", "deux"] },
      { kind: "quote", text: "« Exemple »" },
    ])
  })

  it("renders bold as <strong> and never injects HTML", () => {
    render(<Markdown blocks={parseLesson("# T\n\nUn **mot** <img src=x onerror=alert(1)>")} />)
    expect(screen.getByText("mot").tagName).toBe("STRONG")
    expect(document.querySelector("img")).toBeNull()
  })

  it("has a French lesson with a title and an example for every slug the checklists link to", () => {
    expect(LESSONS.map((lesson) => lesson.slug)).toEqual([...LESSON_SLUGS])
    for (const lesson of LESSONS) {
      expect(lesson.title, lesson.slug).not.toBe(lesson.slug)
      expect(lesson.blocks.filter((block) => block.kind !== "h1").length, lesson.slug).toBeGreaterThan(2)
    }
  })
})
