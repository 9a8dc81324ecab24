/**
 * Can this page run a WebContainer? Decided from facts the browser exposes, before anything is
 * downloaded. Requirements and browser list: https://webcontainers.io/guides/browser-support
 * (SharedArrayBuffer, which needs a cross-origin isolated page; Chromium fully, Firefox and
 * Safari 16.4+ in beta; iOS/iPadOS Safari 16.4+ in beta with tight memory limits).
 */

/** What the check reads; `browserSupportEnv()` fills it from the live page. */
export interface SupportEnv {
  crossOriginIsolated: boolean;
  sharedArrayBuffer: boolean;
  userAgent: string;
  /** iPadOS reports a Mac user agent; touch points tell them apart. */
  maxTouchPoints: number;
}

/** Why the mode cannot run here; each has a sentence `sandbox.why.<reason>` in the locale files. */
export type UnsupportedReason = 'notIsolated' | 'noSharedMemory' | 'browser';

export type SupportVerdict =
  /** The toggle works; `beta` when StackBlitz lists the browser as beta (Firefox, Safari). */
  | { kind: 'supported'; beta: boolean }
  /** iOS/iPadOS: may work, but only behind an explicit "try anyway" start button. */
  | { kind: 'gated'; reason: 'ios' }
  | { kind: 'unsupported'; reason: UnsupportedReason };

/** Browser family and version, as far as the check needs them. */
export type Engine =
  | { family: 'ios'; version: number }
  | { family: 'chromium' }
  | { family: 'firefox' }
  | { family: 'safari'; version: number }
  | { family: 'other' };

/** `16_4` / `16.4` → 16.4 (minor versions above 9 do not occur in the versions we compare). */
const version = (major: string, minor = '0'): number => Number(major) + Number(minor) / 10;

/** Reads the engine from a user agent string. */
export function detectEngine(userAgent: string, maxTouchPoints: number): Engine {
  const ios = /\b(iPhone|iPad|iPod)\b/.test(userAgent) || (/\bMacintosh\b/.test(userAgent) && maxTouchPoints > 1);
  if (ios) {
    // Every iOS browser uses WebKit, so the OS (or Safari) version is the engine version.
    const m = /\bOS (\d+)_(\d+)/.exec(userAgent) ?? /\bVersion\/(\d+)\.(\d+)/.exec(userAgent);
    return { family: 'ios', version: m ? version(m[1], m[2]) : 0 };
  }
  // HeadlessChrome is the same engine (automated browsers, e.g. the site's own browser tests).
  if (/\b(HeadlessChrome|Chrome|Chromium|CriOS|Edg)\//.test(userAgent)) return { family: 'chromium' };
  if (/\bFirefox\//.test(userAgent)) return { family: 'firefox' };
  const safari = /\bVersion\/(\d+)\.(\d+).*\bSafari\//.exec(userAgent);
  if (safari) return { family: 'safari', version: version(safari[1], safari[2]) };
  return { family: 'other' };
}

/** The WebKit version from which WebContainers run at all (beta). */
const MIN_WEBKIT = 16.4;

/** Decides; the order puts the most actionable reason first (headers before browser). */
export function checkSupport(env: SupportEnv): SupportVerdict {
  if (!env.crossOriginIsolated) return { kind: 'unsupported', reason: 'notIsolated' };
  if (!env.sharedArrayBuffer) return { kind: 'unsupported', reason: 'noSharedMemory' };
  const engine = detectEngine(env.userAgent, env.maxTouchPoints);
  switch (engine.family) {
    case 'chromium':
      return { kind: 'supported', beta: false };
    case 'firefox':
      return { kind: 'supported', beta: true };
    case 'safari':
      return engine.version >= MIN_WEBKIT ? { kind: 'supported', beta: true } : { kind: 'unsupported', reason: 'browser' };
    case 'ios':
      return engine.version >= MIN_WEBKIT ? { kind: 'gated', reason: 'ios' } : { kind: 'unsupported', reason: 'browser' };
    default:
      return { kind: 'unsupported', reason: 'browser' };
  }
}

/** The live page's facts. */
export function browserSupportEnv(): SupportEnv {
  return {
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
    sharedArrayBuffer: typeof SharedArrayBuffer === 'function',
    userAgent: globalThis.navigator?.userAgent ?? '',
    maxTouchPoints: globalThis.navigator?.maxTouchPoints ?? 0,
  };
}
