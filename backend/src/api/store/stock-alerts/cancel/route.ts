import { stockAlertLinkRoutes } from "../link"

/** GET, POST /store/stock-alerts/cancel: ends an alert that was not sent yet. */
export const { GET, POST } = stockAlertLinkRoutes("cancel")
