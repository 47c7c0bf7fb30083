/**
 * Lets a suite speak as many clients through X-Forwarded-For: the app believes the header from
 * loopback (TRUSTED_PROXIES), the way production believes its proxy. The runner reads medusa-config.ts
 * before it applies its `env` option, so the setting goes into the environment when the suite file
 * loads, and comes out again when the file is done.
 */
export function trustLoopbackProxy() {
  const saved = process.env.TRUSTED_PROXIES
  process.env.TRUSTED_PROXIES = "loopback"
  afterAll(() => {
    if (saved === undefined) delete process.env.TRUSTED_PROXIES
    else process.env.TRUSTED_PROXIES = saved
  })
}
