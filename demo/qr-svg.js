// QR codes of deep links, as standalone SVG for print and in-store signs.
// qrcode-generator encodes; the SVG is drawn here so the file is small (one
// path, one run per row segment), crisp at any size and carries a title.
import qrcode from 'qrcode-generator';

/** Modules of white border the QR specification asks for around the code. */
const QUIET_ZONE = 4;

/** @param {string} value */
function escapeXml(value) {
  return value.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * Encodes text as a QR code, with medium error correction (15% of the code
 * may be damaged or covered) and low correction as a last resort for very
 * long links.
 * @param {string} text
 * @returns {ReturnType<typeof qrcode> | null} null when the text is too long even for version 40.
 */
function encode(text) {
  for (const level of /** @type {const} */ (['M', 'L'])) {
    try {
      const qr = qrcode(0, level);
      // Links are ASCII (the core percent-encodes everything else), so byte
      // mode stores them as they are.
      qr.addData(text, 'Byte');
      qr.make();
      return qr;
    } catch {
      // Too long for this level: try the next.
    }
  }
  return null;
}

/**
 * An SVG document of the QR code of `text`: black modules on white, a
 * four-module quiet zone, one unit per module in the viewBox.
 * @param {string} text What the code holds.
 * @param {{title?: string, size?: number}} [options] `title` names the
 *   image; `size` is its width and height in CSS pixels.
 * @returns {string | null} The SVG, or null when the text does not fit in a QR code.
 */
export function qrSvg(text, options = {}) {
  const qr = encode(text);
  if (!qr) return null;
  const count = qr.getModuleCount();
  const total = count + QUIET_ZONE * 2;
  let path = '';
  for (let row = 0; row < count; row++) {
    let col = 0;
    while (col < count) {
      if (!qr.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < count && qr.isDark(row, col)) col++;
      path += `M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h${start - col}z`;
    }
  }
  const size = options.size ?? total * 4;
  const title = options.title ?? `QR code: ${text}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${total} ${total}" width="${size}" height="${size}" shape-rendering="crispEdges" role="img">` +
    `<title>${escapeXml(title)}</title>` +
    `<rect width="${total}" height="${total}" fill="#fff"/>` +
    `<path d="${path}" fill="#000"/></svg>`
  );
}
