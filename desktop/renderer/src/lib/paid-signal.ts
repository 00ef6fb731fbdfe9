// The audible "paid": a short two-tone chime made with Web Audio (no sound file to ship or
// load), unless the cashier muted it. The choice is kept like the language (localStorage).
import { useEffect } from 'react';
import { browserStorage, readPreference, writePreference } from '../i18n/preferences.ts';

export const PAID_SOUND_KEY = 'hspos.paidSound';

export function paidSoundOn(): boolean {
  return readPreference(browserStorage(), PAID_SOUND_KEY) !== 'off';
}

export function setPaidSoundOn(on: boolean): void {
  writePreference(browserStorage(), PAID_SOUND_KEY, on ? 'on' : 'off');
}

/** Two rising tones, 120 ms each: short enough for a queue, clear over a cafeteria. */
const CHIME_TONES_HZ = [880, 1320] as const;
const TONE_SECONDS = 0.12;

let chimesPlayed = 0;

export function playPaidChime(): void {
  let context: AudioContext;
  try {
    context = new AudioContext();
  } catch {
    return; // No audio on this machine: the screen still says "paid".
  }
  const start = context.currentTime;
  CHIME_TONES_HZ.forEach((frequency, index) => {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    const at = start + index * TONE_SECONDS;
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.25, at + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + TONE_SECONDS);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(at);
    oscillator.stop(at + TONE_SECONDS);
  });
  const chimeMs = (CHIME_TONES_HZ.length * TONE_SECONDS + 0.2) * 1000;
  window.setTimeout(() => void context.close(), chimeMs);
  // How many chimes this page played: a test (or a curious engineer) can read it.
  chimesPlayed += 1;
  document.documentElement.dataset['paidChimes'] = String(chimesPlayed);
}

/** Chimes once when `paid` becomes true (a receipt appears). */
export function usePaidSignal(paid: boolean): void {
  useEffect(() => {
    if (paid && paidSoundOn()) playPaidChime();
  }, [paid]);
}
