/** Operating systems `detectPlatform()` can report. */
export type OperatingSystem =
  | 'ios'
  | 'ipados'
  | 'macos'
  | 'visionos'
  | 'watchos'
  | 'tvos'
  | 'android'
  | 'windows'
  | 'linux'
  | 'chromeos'
  | 'unknown';

/**
 * What the page knows about the device. Every field is optional; missing
 * fields are read from `navigator` at call time (never at import time), and
 * are treated as empty where there is no `navigator` (Node, workers).
 */
export interface PlatformEnv {
  userAgent?: string;
  platform?: string;
  maxTouchPoints?: number;
}

/** The result of `detectPlatform()`. */
export interface PlatformInfo {
  os: OperatingSystem;
  /** Dotted numeric version such as `'17.4'` or `'10.15.7'`, or `null` when unknown. */
  osVersion: string | null;
  /** iOS, iPadOS, macOS, visionOS, watchOS or tvOS. */
  isApple: boolean;
  /** Apple Messages for Business can be opened from this device. */
  supportsMessages: boolean;
}
