/**
 * Generated packshots are uploaded under this name, and told from photos staff upload by it: the
 * File Module keeps the name (behind a timestamp or a prefix) in the file's URL.
 */
export function packshotFilename(productHandle: string): string {
  return `packshot-${productHandle}.webp`
}

export function isGeneratedPackshot(url: string | null | undefined): boolean {
  return !!url && /[/-]packshot-[a-z0-9-]+\.webp$/.test(url)
}
