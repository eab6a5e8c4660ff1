/**
 * Saving a figure from the page: a blob URL clicked through a temporary link (no server, no
 * popup), and the PNG drawn from the SVG on a canvas. Both stay inside the page's CSP: the
 * image is loaded from a blob: URL, which img-src allows (scripts/contentSecurityPolicy.ts).
 */

/** How long a download's blob URL stays valid: long enough for the browser to start saving it. */
const BLOB_LIFETIME_MS = 60_000;

export function saveFile(contents: Blob, fileName: string): void {
  const url = URL.createObjectURL(contents);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), BLOB_LIFETIME_MS);
}

/** The width and height attributes of an SVG document (whole pixels, as ladderSvg writes them). */
export function svgSize(svg: string): { width: number; height: number } {
  const open = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const read = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(open)?.[1] ?? NaN);
  return { width: read('width'), height: read('height') };
}

/** The SVG rasterised at `scale` (2: slides stay sharp on a projector and a Retina screen). */
export async function svgToPng(svg: string, scale: number): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob gave nothing'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The theme a figure takes from the page: the one the theme switch pinned on <html>, or else the
 * system's. Anything else (a high-contrast theme) prints best on the light palette.
 */
export function pageFigureTheme(root: HTMLElement = document.documentElement): 'light' | 'dark' {
  const pinned = root.dataset.theme;
  if (pinned === 'dark' || pinned === 'light') return pinned;
  if (pinned === undefined && typeof matchMedia === 'function')
    return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  return 'light';
}
