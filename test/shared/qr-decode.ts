/** Reads QR codes in tests with a real decoder (zxing), never a mock. */
import {BinaryBitmap, HybridBinarizer, QRCodeReader, RGBLuminanceSource} from '@zxing/library';

/**
 * Rasterises SVG markup and reads the QR code in it.
 *
 * @param svg - The SVG markup, with its `xmlns`.
 * @param size - The raster's side in pixels; by default the image's own size.
 * @returns The decoded text.
 */
export async function decodeQrSvg(svg: string, size?: number): Promise<string> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = size ?? image.naturalWidth;
  canvas.height = size ?? image.naturalHeight;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const {data, width, height} = context.getImageData(0, 0, canvas.width, canvas.height);
  const luminance = new Uint8ClampedArray(width * height);
  for (let i = 0; i < luminance.length; i++) {
    luminance[i] = (data[i * 4] * 299 + data[i * 4 + 1] * 587 + data[i * 4 + 2] * 114) / 1000;
  }
  const bitmap = new BinaryBitmap(
    new HybridBinarizer(new RGBLuminanceSource(luminance, width, height))
  );
  return new QRCodeReader().decode(bitmap).getText();
}
