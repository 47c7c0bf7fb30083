// Requests from chosen client addresses, for the security cases.
import http from "node:http"

/**
 * One HTTP request from a chosen loopback address (127.x.y.z, all of them this machine's), so a case can
 * play several distinct clients whose address the servers see on the socket, not in a header anyone
 * could write. Answers the status, the headers and the body as text.
 */
export function request(url, { from = "127.0.0.1", method = "GET", headers = {}, body } = {}) {
  const payload = body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body)
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      url,
      {
        method,
        localAddress: from,
        headers: { ...(payload === undefined ? {} : { "content-type": "application/json" }), ...headers },
      },
      (response) => {
        let text = ""
        response.setEncoding("utf8")
        response.on("data", (chunk) => (text += chunk))
        response.on("end", () => resolve({ status: response.statusCode, headers: response.headers, text }))
      }
    )
    outgoing.on("error", reject)
    outgoing.end(payload)
  })
}

/** The body of an answer from `request`, parsed as JSON (undefined when it is not JSON). */
export function json(answer) {
  try {
    return JSON.parse(answer.text)
  } catch {
    return undefined
  }
}
