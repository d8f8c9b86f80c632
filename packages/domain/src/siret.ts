const LA_POSTE_SIREN = "356000000"

/** A SIRET as stored and compared: without the spaces people type or paste ("732 829 320 00074"). */
export function normalizeSiret(value: string): string {
  return value.replace(/\s/g, "")
}

/** Whether a merchant's SIRET is well formed (14 digits, valid checksum): catches typos, not a registry lookup. */
export function isValidSiret(value: string): boolean {
  const siret = normalizeSiret(value)
  if (!/^\d{14}$/.test(siret)) return false
  if (passesLuhn(siret)) return true
  // La Poste has more establishments than Luhn numbering allows; INSEE checks them by digit sum.
  return siret.startsWith(LA_POSTE_SIREN) && digitSum(siret) % 5 === 0
}

function passesLuhn(digits: string): boolean {
  let sum = 0
  for (let fromRight = 0; fromRight < digits.length; fromRight++) {
    const digit = Number(digits[digits.length - 1 - fromRight])
    const weighted = fromRight % 2 === 1 ? digit * 2 : digit
    sum += weighted > 9 ? weighted - 9 : weighted
  }
  return sum % 10 === 0
}

function digitSum(digits: string): number {
  return [...digits].reduce((sum, digit) => sum + Number(digit), 0)
}
