const SOUND_STORAGE_KEY = "mirashop_merchant_order_sound"

/** Whether the merchant turned the new-order sound on, on this device (off by default). */
export function soundEnabled(): boolean {
  try {
    return window.localStorage.getItem(SOUND_STORAGE_KEY) === "on"
  } catch {
    return false
  }
}

/** Remembers the sound choice on this device. */
export function setSoundEnabled(enabled: boolean): void {
  try {
    window.localStorage.setItem(SOUND_STORAGE_KEY, enabled ? "on" : "off")
  } catch {
    // Not remembered; the choice still holds for this visit through React state.
  }
}

/** Two short tones, made on the device: no audio file to download (sobriété numérique). */
export function playChime(): void {
  if (typeof window.AudioContext !== "function") return
  const context = new window.AudioContext()
  const tones = [880, 1320]
  tones.forEach((frequency, index) => {
    const oscillator = context.createOscillator()
    const gain = context.createGain()
    const start = context.currentTime + index * 0.18
    oscillator.frequency.value = frequency
    gain.gain.setValueAtTime(0.2, start)
    gain.gain.exponentialRampToValueAtTime(0.001, start + 0.16)
    oscillator.connect(gain).connect(context.destination)
    oscillator.start(start)
    oscillator.stop(start + 0.16)
  })
  window.setTimeout(() => void context.close(), 600)
}
