import type { ProgressState } from "@mirashop/contract"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { Badge, type BadgeTone } from "@/components/ui/badge"
import { ProgressBar } from "@/components/ui/progress-bar"
import { type AnyProgressItem, itemLabels } from "./item-labels"

const TONES: Record<ProgressState, BadgeTone> = {
  done: "success",
  todo: "warning",
  waiting: "neutral",
  unavailable: "neutral",
}

/** One checklist item: its state in words, what was measured, why it matters and where to act. */
function ChecklistItem({ item }: { item: AnyProgressItem }) {
  const { t } = useTranslation()
  const labels = itemLabels(t, item)
  const headingId = `progress-${item.id}`
  return (
    <li className={`checklist__item checklist__item--${item.state}`} aria-labelledby={headingId}>
      <div className="checklist__head">
        <h3 id={headingId}>{labels.title}</h3>
        <Badge tone={TONES[item.state]}>{t(`progress.state.${item.state}`)}</Badge>
      </div>
      {labels.measure ? <p className="checklist__measure">{labels.measure}</p> : null}
      {item.state === "todo" && labels.missing ? <p>{labels.missing}</p> : null}
      <p className="hint">{labels.why}</p>
      <p className="checklist__links">
        {item.route && item.state !== "done" ? (
          <Link className="button button--primary" to={item.route}>
            {t("progress.act")}
            <span className="visually-hidden"> : {labels.title}</span>
          </Link>
        ) : null}
        <Link to={`/lecons/${item.lesson}`}>
          {t("progress.lesson")}
          <span className="visually-hidden"> : {labels.title}</span>
        </Link>
      </p>
    </li>
  )
}

/** A checklist with its overall progress bar. */
export function Checklist({
  title,
  items,
  progress,
  done,
  total,
}: {
  title: string
  items: AnyProgressItem[]
  progress: number
  done: number
  total: number
}) {
  const { t } = useTranslation()
  return (
    <section className="card stack" aria-labelledby="checklist-title">
      <h2 id="checklist-title">{title}</h2>
      <p id="checklist-summary">{t("progress.summary", { done, total })}</p>
      <ProgressBar value={progress} label={t("progress.barLabel", { title })} />
      <ul className="checklist">
        {items.map((item) => (
          <ChecklistItem key={item.id} item={item} />
        ))}
      </ul>
    </section>
  )
}
