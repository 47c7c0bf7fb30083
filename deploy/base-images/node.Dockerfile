# Node.js on the Debian base, shaped like the public node:20-bookworm-slim image (binaries in
# /usr/local, a `node` user with uid 1000), from the binary and npm that build.sh copied in.
FROM verdant-base/debian:bookworm
COPY node /usr/local/bin/node
COPY npm /usr/local/lib/node_modules/npm
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
  && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
  && groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node \
  && node --version && npm --version
# Node.js reads only its own CA list unless told; this one holds the base's and this machine's.
ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
CMD ["node"]
