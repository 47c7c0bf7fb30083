import { pauseAutoshipWorkflow } from "../../../../../workflows/autoship/pause-autoship"
import { autoshipActionRoute } from "../action"

/** POST /admin/autoships/:id/pause: pauses the autoship on the customer's behalf. */
export const POST = autoshipActionRoute(pauseAutoshipWorkflow)
