import { forwardRef } from "react"
import { useTranslation } from "react-i18next"

/** One problem of the form, linked to the field it concerns. */
export interface FormProblem {
  fieldId: string
  message: string
}

/**
 * The list of what stops the form, shown above it and focused on a failed submit, so
 * screen readers hear it at once; each entry leads to its field.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { problems: FormProblem[] }>(
  function ErrorSummary({ problems }, ref) {
    const { t } = useTranslation()
    return (
      <div ref={ref} tabIndex={-1} role="alert" className={problems.length ? "alert" : undefined}>
        {problems.length ? (
          <>
            <p>{t("checkout.errors.summary", { count: problems.length })}</p>
            <ul>
              {problems.map((problem) => (
                <li key={problem.fieldId}>
                  <a
                    href={`#${problem.fieldId}`}
                    onClick={(event) => {
                      // A fragment link only scrolls: put the cursor in the field.
                      const field = document.getElementById(problem.fieldId)
                      if (!field) return
                      event.preventDefault()
                      field.focus()
                    }}
                  >
                    {problem.message}
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    )
  }
)
