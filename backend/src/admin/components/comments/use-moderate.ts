import { useModerateMany, useModerateOne } from "../moderation/use-moderate"
import { commentKeys, commentsApi } from "./api"

const COMMENTS = { one: "comment", many: "comments" }

/** Moderates one comment; refreshes the queue, the pending count and the detail views. */
export const useModerateComment = () => useModerateOne(COMMENTS, commentsApi.moderate, commentKeys.all)

/** Moderates the selected comments at once through `POST /admin/comments/batch`. */
export const useModerateComments = () => useModerateMany(COMMENTS, commentsApi.moderateMany, commentKeys.all)
