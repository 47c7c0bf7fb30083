// proxy-addr (Express's own dependency) ships no types: the part src/lib/config.ts and src/api/utils/client.ts
// use. Referenced from both, since ts-node compiles each file on its own when Medusa loads it.
declare module "proxy-addr" {
  import type { IncomingMessage } from "node:http"

  type Trust = (address: string, hop: number) => boolean
  function proxyaddr(req: IncomingMessage, trust: Trust | string | string[]): string
  namespace proxyaddr {
    function compile(value: string | string[]): Trust
  }
  export = proxyaddr
}
