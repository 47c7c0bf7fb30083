import Image from "next/image"

import type { Article } from "@/lib/data/news"
import { canOptimizeImage, safeImageUrl } from "@/lib/util/images"
import { initialsOf } from "@/lib/util/product"

/** "About the author": avatar (or initials), name and bio. */
export default function AuthorBio({ author }: { author: Article["author"] }) {
  if (!author || !author.bio) {
    return null
  }
  const avatar = safeImageUrl(author.avatar_url)
  return (
    <section aria-labelledby="author-heading" id="article-author" className="mt-10 flex gap-4 rounded-lg bg-sand-100 p-5">
      {avatar ? (
        <Image
          src={avatar.toString()}
          alt=""
          width={56}
          height={56}
          unoptimized={!canOptimizeImage(avatar)}
          className="h-14 w-14 shrink-0 rounded-full object-cover"
        />
      ) : (
        <span
          aria-hidden="true"
          className="flex h-14 w-14 shrink-0 items-center justify-center rounded-full bg-leaf-100 font-serif text-lg font-semibold text-leaf-800"
        >
          {initialsOf(author.name)}
        </span>
      )}
      <div>
        <h2 id="author-heading" className="font-semibold text-bark-900">
          About {author.name}
        </h2>
        <p className="mt-1 text-sm leading-relaxed text-bark-700">{author.bio}</p>
      </div>
    </section>
  )
}
