import sharp from "sharp"

/** Renders an SVG to a WebP of the given width (height follows the SVG's aspect ratio). */
export async function svgToWebp(svg: string, width: number): Promise<Buffer> {
  return sharp(Buffer.from(svg)).resize({ width }).webp({ quality: 82 }).toBuffer()
}
