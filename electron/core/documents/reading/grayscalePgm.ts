/**
 * An RGBA bitmap as a binary PGM (P5) image: what tesseract reads fastest from stdin. A rendered
 * page needs no PNG compression on its way to OCR (a 300 dpi A4 page would cost a few hundred ms).
 * Luma per ITU-R BT.601, as leptonica's own conversion uses.
 */
export function grayscalePgm(width: number, height: number, rgba: Uint8ClampedArray | Uint8Array): Uint8Array {
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, 'ascii');
  const out = new Uint8Array(header.length + width * height);
  out.set(header, 0);
  for (let pixel = 0, at = header.length; pixel < width * height; pixel++, at++) {
    const i = pixel * 4;
    out[at] = (rgba[i]! * 299 + rgba[i + 1]! * 587 + rgba[i + 2]! * 114) / 1000;
  }
  return out;
}
