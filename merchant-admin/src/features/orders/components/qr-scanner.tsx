import { useEffect, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { Button } from "@/components/ui/button"

interface DetectedBarcode {
  rawValue: string
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>
}
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike

/** The browser's own QR reader (Chrome on Android, Safari 17+), or null: no library is shipped for it. */
function barcodeDetector(): BarcodeDetectorConstructor | null {
  const candidate = (window as Window & { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector
  return typeof candidate === "function" && typeof navigator.mediaDevices?.getUserMedia === "function" ? candidate : null
}

const SCAN_EVERY_MS = 300

/**
 * Reads the shopper's QR code with the device camera when the browser can; otherwise renders
 * nothing and the merchant types the code. The camera stops as soon as a code is read.
 */
export function QrScanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation()
  const video = useRef<HTMLVideoElement>(null)
  const [scanning, setScanning] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const Detector = barcodeDetector()

  useEffect(() => {
    if (!scanning || !Detector) return
    let stream: MediaStream | null = null
    let timer = 0
    let stopped = false
    const detector = new Detector({ formats: ["qr_code"] })
    const stop = () => {
      stopped = true
      window.clearInterval(timer)
      stream?.getTracks().forEach((track) => track.stop())
    }
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "environment" } })
      .then(async (media) => {
        stream = media
        if (stopped || !video.current) return stop()
        video.current.srcObject = media
        await video.current.play()
        timer = window.setInterval(() => {
          if (!video.current) return
          detector
            .detect(video.current)
            .then((codes) => {
              const code = codes[0]?.rawValue
              if (!code || stopped) return
              stop()
              setScanning(false)
              onCode(code)
            })
            .catch(() => undefined)
        }, SCAN_EVERY_MS)
      })
      .catch(() => {
        setError(t("handover.cameraError"))
        setScanning(false)
      })
    return stop
  }, [scanning, Detector, onCode, t])

  if (!Detector) return null
  return (
    <div className="stack no-print">
      {scanning ? (
        <>
          <video ref={video} className="qr-video" muted playsInline aria-label={t("handover.cameraLabel")} />
          <div>
            <Button variant="secondary" onClick={() => setScanning(false)}>
              {t("handover.stopCamera")}
            </Button>
          </div>
        </>
      ) : (
        <div>
          <Button
            variant="secondary"
            onClick={() => {
              setError(null)
              setScanning(true)
            }}
          >
            {t("handover.scan")}
          </Button>
        </div>
      )}
      {error ? <p className="hint">{error}</p> : null}
    </div>
  )
}
