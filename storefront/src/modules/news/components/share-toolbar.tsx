import PrintButton from "@/modules/news/components/print-button"

type ShareToolbarProps = {
  title: string
  /** The article's absolute, canonical URL. */
  url: string
}

const BUTTON =
  "inline-flex items-center gap-1.5 rounded-md border border-sand-300 bg-white px-3 py-1.5 text-sm font-medium text-bark-700 no-underline hover:border-leaf-500 hover:text-leaf-800"

/** Print, e-mail and share links (plain links: no third-party scripts). Hidden in print. */
export default function ShareToolbar({ title, url }: ShareToolbarProps) {
  const encodedUrl = encodeURIComponent(url)
  const links = [
    {
      label: "Email",
      name: "Email this article",
      href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodedUrl}`,
      external: false,
    },
    {
      label: "X",
      name: "Share on X (Twitter)",
      href: `https://twitter.com/intent/tweet?text=${encodeURIComponent(title)}&url=${encodedUrl}`,
      external: true,
    },
    {
      label: "Facebook",
      name: "Share on Facebook",
      href: `https://www.facebook.com/sharer/sharer.php?u=${encodedUrl}`,
      external: true,
    },
    {
      label: "LinkedIn",
      name: "Share on LinkedIn",
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${encodedUrl}`,
      external: true,
    },
  ]
  return (
    <div
      role="group"
      aria-label="Share this article"
      id="article-toolbar"
      data-print="hide"
      className="flex flex-wrap items-center gap-2 print:hidden"
    >
      <PrintButton className={`${BUTTON} cursor-pointer`} />
      {links.map((link) => (
        <a
          key={link.label}
          href={link.href}
          aria-label={link.name}
          title={link.name}
          className={BUTTON}
          data-testid={`share-${link.label.toLowerCase()}`}
          {...(link.external ? { target: "_blank", rel: "noopener noreferrer" } : {})}
        >
          {link.label}
        </a>
      ))}
    </div>
  )
}
