/**
 * Original pictures drawn as SVG from a product's, brand's or article's own data: no photo is ever
 * downloaded. Pure functions (text in, SVG text out), so they are cheap to test and to call in bulk;
 * ./raster.ts turns the result into WebP.
 */

/** The container a product comes in, drawn differently on its packshot. */
export type PackshotShape = "bottle" | "jar" | "pouch" | "dropper" | "box"

/** Earthy label colours; a brand keeps the one its handle hashes to. */
const BRAND_COLOURS = ["#2f6b4f", "#8a5a2b", "#3d5a80", "#7a3e65", "#5b6b2f", "#a4472f", "#2f6f73", "#6b4f9a", "#94702a", "#4a5560"]

function hash(text: string): number {
  let h = 2166136261
  for (const char of text) {
    h = Math.imul(h ^ char.charCodeAt(0), 16777619)
  }
  return h >>> 0
}

export function brandColour(brandHandle: string): string {
  return BRAND_COLOURS[hash(brandHandle) % BRAND_COLOURS.length]
}

/** Mixes a #rrggbb colour with white (amount 0..1 of white). */
function tint(hex: string, amount: number): string {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
  const mixed = channels.map((c) => Math.round(c + (255 - c) * amount))
  return `#${mixed.map((c) => c.toString(16).padStart(2, "0")).join("")}`
}

const SHAPE_WORDS: [PackshotShape, RegExp][] = [
  ["dropper", /\b(liquid|tincture|drops?|oil|spray|syrup)\b/i],
  ["box", /\b(tea|sachets?|bags?|stick packs?)\b/i],
  ["pouch", /\b(powder|granules|scoops?)\b/i],
  ["jar", /\b(gumm(y|ies)|lozenges?|chews?|balm|cream)\b/i],
  ["bottle", /\b(capsules?|tablets?|softgels?|caplets?|vcaps?)\b/i],
]

/**
 * The container for a product: its label's form when it has one (e.g. "capsule", "tea"), otherwise
 * the first container word found in its variant titles, then its title; a bottle when nothing says.
 */
export function shapeFor(words: { form?: string | null; variants?: string[]; title?: string }): PackshotShape {
  for (const text of [words.form ?? "", ...(words.variants ?? []), words.title ?? ""]) {
    const match = SHAPE_WORDS.find(([, pattern]) => pattern.test(text))
    if (match) {
      return match[0]
    }
  }
  return "bottle"
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Greedy word wrap into at most `maxLines` lines of about `width` characters; the last one ellipsised. */
export function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = []
  let line = ""
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + " " + word).length > width) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) {
    lines.push(line)
  }
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines)
    kept[maxLines - 1] = `${kept[maxLines - 1].replace(/\s*\S{0,3}$/, "")}…`
    return kept
  }
  return lines
}

const FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif"

/** Centred lines of text starting at y, `size` px high. */
function textLines(lines: string[], x: number, y: number, size: number, attrs: string): string {
  return lines
    .map((line, i) => `<text x="${x}" y="${y + i * size * 1.2}" font-size="${size}" ${attrs}>${escapeXml(line)}</text>`)
    .join("")
}

type Body = { outline: string; cap: string; label: { x: number; y: number; w: number; h: number } }

/** The container's outline, cap and label area, on a 1000 x 1000 canvas. */
function body(shape: PackshotShape): Body {
  switch (shape) {
    case "dropper":
      return {
        outline: `<path d="M400 330 h200 q40 0 40 40 v470 q0 40 -40 40 h-200 q-40 0 -40 -40 v-470 q0 -40 40 -40z"/>`,
        cap: `<rect x="440" y="250" width="120" height="90" rx="14"/><path d="M470 250 q0 -110 30 -110 q30 0 30 110z"/>`,
        label: { x: 370, y: 460, w: 260, h: 300 },
      }
    case "pouch":
      return {
        outline: `<path d="M300 220 h400 l30 620 q0 40 -40 40 h-380 q-40 0 -40 -40z"/>`,
        cap: `<rect x="300" y="200" width="400" height="40" rx="8"/>`,
        label: { x: 320, y: 400, w: 360, h: 340 },
      }
    case "jar":
      return {
        outline: `<rect x="260" y="380" width="480" height="460" rx="60"/>`,
        cap: `<rect x="280" y="290" width="440" height="110" rx="24"/>`,
        label: { x: 270, y: 470, w: 460, h: 310 },
      }
    case "box":
      return {
        outline: `<path d="M280 250 h440 v600 h-440z"/>`,
        cap: `<path d="M280 250 l60 -60 h440 l-60 60z M720 250 l60 -60 v600 l-60 60z" opacity="0.85"/>`,
        label: { x: 300, y: 400, w: 400, h: 340 },
      }
    case "bottle":
      return {
        outline: `<path d="M330 330 q0 -40 60 -50 h220 q60 10 60 50 v500 q0 40 -40 40 h-260 q-40 0 -40 -40z"/>`,
        cap: `<rect x="370" y="190" width="260" height="110" rx="18"/>`,
        label: { x: 330, y: 430, w: 340, h: 320 },
      }
  }
}

/** A product packshot: the container in the brand's colour, its label carrying the brand and product name. */
export function packshotSvg(input: { title: string; brand: string; colour: string; shape: PackshotShape; detail?: string }): string {
  const { outline, cap, label } = body(input.shape)
  const cx = label.x + label.w / 2
  const charsPerLine = Math.max(8, Math.floor(label.w / 26))
  const titleLines = wrap(input.title, charsPerLine, 3)
  const titleSize = titleLines.length > 2 ? 38 : 46
  const titleY = label.y + 110
  // Capitals with letter spacing take about 0.75 em each: long brand names get a smaller size, not cut.
  const brandSize = Math.max(12, Math.min(20, Math.floor((label.w - 24) / (input.brand.length * 0.75))))
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="1000" viewBox="0 0 1000 1000">
<defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${tint(input.colour, 0.92)}"/><stop offset="1" stop-color="${tint(input.colour, 0.78)}"/></linearGradient>
<linearGradient id="shine" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#fff" stop-opacity="0"/><stop offset="0.2" stop-color="#fff" stop-opacity="0.35"/><stop offset="0.35" stop-color="#fff" stop-opacity="0"/></linearGradient></defs>
<rect width="1000" height="1000" fill="url(#bg)"/>
<ellipse cx="500" cy="890" rx="300" ry="34" fill="#000" opacity="0.12"/>
<g fill="${input.colour}">${cap}</g>
<g fill="${tint(input.colour, 0.15)}">${outline}</g>
<rect x="${label.x}" y="${label.y}" width="${label.w}" height="${label.h}" rx="12" fill="#fffdf8"/>
<rect x="${label.x}" y="${label.y}" width="${label.w}" height="56" rx="12" fill="${input.colour}"/>
${textLines([input.brand.toUpperCase()], cx, label.y + 36, brandSize, `fill="#fff" font-family="${FONT}" font-weight="bold" text-anchor="middle" letter-spacing="2"`)}
${textLines(titleLines, cx, titleY, titleSize, `fill="#2b2118" font-family="${FONT}" font-weight="bold" text-anchor="middle"`)}
${input.detail ? textLines([input.detail], cx, label.y + label.h - 30, 26, `fill="${input.colour}" font-family="${FONT}" text-anchor="middle"`) : ""}
<g fill="url(#shine)">${outline}</g>
</svg>`
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join("")
}

/** A brand's logo: a leaf roundel with its initials, and its name beneath, on a square. */
export function logoSvg(input: { name: string; colour: string }): string {
  const lines = wrap(input.name, 16, 2)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600">
<rect width="600" height="600" fill="#fffdf8"/>
<circle cx="300" cy="240" r="150" fill="${input.colour}"/>
<path d="M300 130 q90 60 0 200 q-90 -140 0 -200z" fill="${tint(input.colour, 0.35)}" opacity="0.6"/>
${textLines([initials(input.name)], 300, 282, 110, `fill="#fff" font-family="${FONT}" font-weight="bold" text-anchor="middle"`)}
${textLines(lines, 300, 470, 46, `fill="${input.colour}" font-family="${FONT}" font-weight="bold" text-anchor="middle"`)}
</svg>`
}

/** An article's hero (16:9): layered hills in its topic's colour, with the title set over them. */
export function heroSvg(input: { title: string; topic: string; colour: string }): string {
  const seed = hash(input.title)
  const hill = (base: number, amp: number, phase: number) => {
    const points = Array.from({ length: 9 }, (_, i) => {
      const x = i * 200
      const y = base + Math.sin(i * 0.9 + phase + (seed % 7)) * amp
      return `${x} ${Math.round(y)}`
    })
    return `M0 900 L${points.join(" L")} L1600 900z`
  }
  const lines = wrap(input.title, 34, 3)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
<rect width="1600" height="900" fill="${tint(input.colour, 0.85)}"/>
<circle cx="${1150 + (seed % 250)}" cy="${180 + (seed % 90)}" r="110" fill="#fff" opacity="0.7"/>
<path d="${hill(560, 60, 0)}" fill="${tint(input.colour, 0.6)}"/>
<path d="${hill(680, 50, 2)}" fill="${tint(input.colour, 0.35)}"/>
<path d="${hill(800, 40, 4)}" fill="${input.colour}"/>
${textLines([input.topic.toUpperCase()], 110, 150, 34, `fill="${input.colour}" font-family="${FONT}" font-weight="bold" letter-spacing="4"`)}
${textLines(lines, 110, 240, 64, `fill="#2b2118" font-family="${FONT}" font-weight="bold"`)}
</svg>`
}
