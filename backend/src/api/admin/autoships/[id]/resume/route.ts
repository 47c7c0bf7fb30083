import { resumeAutoshipWorkflow } from "../../../../../workflows/autoship/resume-autoship"
import { autoshipActionRoute } from "../action"

/** POST /admin/autoships/:id/resume: resumes a paused autoship on the customer's behalf. */
export const POST = autoshipActionRoute(resumeAutoshipWorkflow)
