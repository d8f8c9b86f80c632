import type { ProductPageOption, ProductPageVariant } from "@mirashop/contract"

/** The value chosen for each option, by option id. */
export type OptionSelection = Record<string, string>

/** The variant whose option values are exactly the selection, if any. */
export function findVariant(
  variants: ProductPageVariant[],
  selection: OptionSelection
): ProductPageVariant | undefined {
  return variants.find((variant) =>
    Object.entries(selection).every(([optionId, value]) => variant.options[optionId] === value)
  )
}

/** Where a page starts: the first variant that can be ordered, else the first one. */
export function initialSelection(variants: ProductPageVariant[]): OptionSelection {
  const first =
    variants.find((v) => v.price !== null && v.stock.status !== "out_of_stock") ?? variants[0]
  return first ? { ...first.options } : {}
}

/** Options worth asking about: a single option with a single value is no choice. */
export function choosableOptions(options: ProductPageOption[]): ProductPageOption[] {
  return options.filter((option) => option.values.length > 1)
}

/** Whether a variant can go in the cart now. */
export function isOrderable(
  variant: ProductPageVariant | undefined
): variant is ProductPageVariant {
  return variant !== undefined && variant.price !== null && variant.stock.status !== "out_of_stock"
}

/** Most units of a variant one line may hold: what is left when few are, else a sane cap. */
export function maxQuantity(variant: ProductPageVariant): number {
  return variant.stock.remaining !== null && variant.stock.remaining > 0
    ? variant.stock.remaining
    : 20
}
