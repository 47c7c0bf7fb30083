// proxy-addr (Express's own dependency) ships no types; the part src/api/utils/client.ts uses.
declare module "proxy-addr" {
  import type { IncomingMessage } from "node:http"

  type Trust = (address: string, hop: number) => boolean
  function proxyaddr(req: IncomingMessage, trust: Trust | string | string[]): string
  namespace proxyaddr {
    function compile(value: string | string[]): Trust
  }
  export = proxyaddr
}
