import qrcode from 'qrcode-generator';

/** Modules of light border the QR specification asks for around the code. */
export const QUIET_ZONE = 4;

/**
 * The most bytes a QR code holds (version 40, low error correction, byte
 * mode). The encoder only finds out by trying every version, which for a
 * megabyte `body` takes seconds per code, so longer text stops here.
 */
export const MAX_QR_BYTES = 2953;

/** A QR code as one SVG path: `size` modules square including the quiet zone. */
export interface QrPath {
  size: number;
  /** Path data of the dark modules, one unit per module. */
  d: string;
}

/**
 * Encodes a link as a QR code drawn as one SVG path (one run per row
 * segment), so it is crisp at any size, needs no canvas and makes no
 * request. Medium error correction (15 % of the code may be damaged or
 * covered), low as a last resort for very long links.
 *
 * @param text - What the code holds (an ASCII link: the core percent-encodes the rest).
 * @returns The path, or null when the text is too long for any QR code.
 * @example qrPath('https://bcrw.apple.com/urn:biz:22222222-dddd-4444-bbbb-777777777777')?.size // 37
 */
export function qrPath(text: string): QrPath | null {
  // Each character is at least one byte in UTF-8.
  if (text.length > MAX_QR_BYTES) return null;
  for (const level of ['M', 'L'] as const) {
    try {
      const qr = qrcode(0, level);
      qr.addData(text, 'Byte');
      qr.make();
      const count = qr.getModuleCount();
      let d = '';
      for (let row = 0; row < count; row++) {
        for (let col = 0; col < count; col++) {
          if (!qr.isDark(row, col)) continue;
          const start = col;
          while (col + 1 < count && qr.isDark(row, col + 1)) col++;
          d += `M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col + 1 - start}v1h${start - col - 1}z`;
        }
      }
      return {size: count + QUIET_ZONE * 2, d};
    } catch {
      // Too long for this level: try the next.
    }
  }
  return null;
}
