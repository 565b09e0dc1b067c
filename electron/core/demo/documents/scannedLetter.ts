import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { fontPath } from '../../output/pdf/pdfWriter.ts';
import type { Random } from '../random.ts';

/**
 * A letter as the agency's post room scans it (issue 16.1): a typed A4 page at 150 dpi, a little
 * skewed on the glass (1–2 degrees), on greyish paper with specks of dust, saved as a JPEG. It is
 * realistic enough that the reader has to OCR it, and clean enough that Debian's tesseract with
 * `-l nld+eng` reads the names, case numbers and IBANs on it (test/electron/core/demo/demoScans.test.ts).
 */
export const SCAN_DPI = 150;
const WIDTH = Math.round(8.27 * SCAN_DPI);
const HEIGHT = Math.round(11.69 * SCAN_DPI);
const MARGIN = Math.round(0.9 * SCAN_DPI);
/** About 13 pt at 150 dpi: typewriter size, large enough for OCR after the skew and the JPEG. */
const FONT_PX = 27;
const LINE_PX = 42;
const SPECKS = 1500;
const FONT_FAMILY = 'InzageDemoTypewriter';

let fontRegistered = false;
function registerTypewriterFont(): void {
  if (fontRegistered) return;
  // Registered once per process under our own name, so a system font of the same family never stands in.
  GlobalFonts.registerFromPath(fontPath('DejaVuSansMono.ttf'), FONT_FAMILY);
  fontRegistered = true;
}

/** Renders the lines of a typed letter (an empty string is an empty line) as a skewed, noisy JPEG scan. */
export function renderScannedLetter(lines: readonly string[], random: Random): Uint8Array {
  registerTypewriterFont();
  const canvas = createCanvas(WIDTH, HEIGHT);
  const ctx = canvas.getContext('2d');
  // Recycled paper under the scanner lid: never pure white, a shade darker towards one edge.
  const paper = ctx.createLinearGradient(0, 0, WIDTH, HEIGHT);
  paper.addColorStop(0, '#ecebe6');
  paper.addColorStop(1, '#dedcd5');
  ctx.fillStyle = paper;
  ctx.fillRect(0, 0, WIDTH, HEIGHT);

  const degrees = (random.chance(0.5) ? 1 : -1) * (1 + random.next());
  ctx.save();
  ctx.translate(WIDTH / 2, HEIGHT / 2);
  ctx.rotate((degrees * Math.PI) / 180);
  ctx.translate(-WIDTH / 2, -HEIGHT / 2);
  ctx.fillStyle = '#26262a';
  ctx.font = `${FONT_PX}px ${FONT_FAMILY}`;
  ctx.textBaseline = 'top';
  lines.forEach((line, index) => {
    if (line) ctx.fillText(line, MARGIN, MARGIN + index * LINE_PX);
  });
  ctx.restore();

  // Dust and toner specks, drawn as small dots rather than per-pixel noise: as convincing, and a
  // fraction of the cost (the seed runs in many tests).
  for (let i = 0; i < SPECKS; i++) {
    const shade = random.int(140, 200);
    ctx.fillStyle = `rgb(${shade},${shade},${shade})`;
    ctx.fillRect(random.int(0, WIDTH - 1), random.int(0, HEIGHT - 1), 1 + (i % 7 === 0 ? 1 : 0), 1 + (i % 5 === 0 ? 1 : 0));
  }
  return new Uint8Array(canvas.encodeSync('jpeg', 82));
}
