import QRCode from "qrcode"

/** A pickup code as an SVG QR code the merchant's camera can read at the counter. */
export function pickupQrSvg(code: string): Promise<string> {
  return QRCode.toString(code, { type: "svg", margin: 1, errorCorrectionLevel: "M" })
}

/** A pickup code as a PNG data URL, for e-mails (mail clients do not show inline SVG). */
export function pickupQrPng(code: string): Promise<string> {
  return QRCode.toDataURL(code, { margin: 1, errorCorrectionLevel: "M", width: 200 })
}
