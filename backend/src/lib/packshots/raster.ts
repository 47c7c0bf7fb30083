import sharp from "sharp"

/**
 * Renders an SVG to a WebP of the given width (height follows the SVG's aspect ratio). The lowest
 * encoder effort: about 3x faster, files a little larger, no visible difference on flat drawings.
 */
export async function svgToWebp(svg: string, width: number): Promise<Buffer> {
  return sharp(Buffer.from(svg)).resize({ width }).webp({ quality: 82, effort: 0 }).toBuffer()
}
