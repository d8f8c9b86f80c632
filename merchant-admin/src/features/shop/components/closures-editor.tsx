import type { Closure } from "@mirashop/domain"
import { useTranslation } from "react-i18next"
import { Button } from "@/components/ui/button"

/** Exceptional closures (holidays, leave): dates and an optional reason shown to shoppers. */
export function ClosuresEditor({ closures, onChange }: { closures: Closure[]; onChange: (closures: Closure[]) => void }) {
  const { t } = useTranslation()
  const update = (index: number, patch: Partial<Closure>) =>
    onChange(closures.map((closure, i) => (i === index ? { ...closure, ...patch } : closure)))
  return (
    <div className="stack">
      {closures.length === 0 ? <p className="hint">{t("hours.noClosure")}</p> : null}
      {closures.map((closure, index) => (
        <fieldset key={index} className="day">
          <legend>{t("hours.closureName", { n: index + 1 })}</legend>
          <div className="row row--end">
            <label className="field">
              <span className="field__label">{t("hours.closureFrom")}</span>
              <input className="field__input" type="date" value={closure.from} onChange={(event) => update(index, { from: event.target.value })} />
            </label>
            <label className="field">
              <span className="field__label">{t("hours.closureTo")}</span>
              <input className="field__input" type="date" value={closure.to} onChange={(event) => update(index, { to: event.target.value })} />
            </label>
            <label className="field">
              <span className="field__label">{t("hours.closureReason")}</span>
              <input
                className="field__input"
                type="text"
                maxLength={120}
                value={closure.reason ?? ""}
                onChange={(event) => update(index, { reason: event.target.value })}
              />
            </label>
            <Button variant="secondary" onClick={() => onChange(closures.filter((_, i) => i !== index))}>
              {t("hours.removeClosure")}
              <span className="visually-hidden"> {t("hours.closureName", { n: index + 1 })}</span>
            </Button>
          </div>
        </fieldset>
      ))}
      <Button variant="secondary" onClick={() => onChange([...closures, { from: "", to: "", reason: "" }])}>
        {t("hours.addClosure")}
      </Button>
    </div>
  )
}
