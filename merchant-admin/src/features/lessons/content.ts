import { LESSON_SLUGS, type LessonSlug } from "@mirashop/contract"
import { type Block, parseLesson } from "./components/markdown"

// Lessons are a few kilobytes of text: bundled with the lesson pages, no request of their own.
const sources = import.meta.glob<string>("../../content/lessons/*.md", { query: "?raw", import: "default", eager: true })

/** A lesson ready to show. */
export interface Lesson {
  slug: LessonSlug
  title: string
  blocks: Block[]
}

function load(slug: LessonSlug): Lesson {
  const source = sources[`../../content/lessons/${slug}.md`]
  const blocks = parseLesson(source ?? "")
  const heading = blocks.find((block) => block.kind === "h1")
  return { slug, title: heading && "text" in heading ? heading.text : slug, blocks }
}

/** Every lesson, in the order of the checklists. */
export const LESSONS: Lesson[] = LESSON_SLUGS.map(load)

/** One lesson by its slug, or undefined. */
export function findLesson(slug: string | undefined): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.slug === slug)
}
