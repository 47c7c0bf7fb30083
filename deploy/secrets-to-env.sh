#!/bin/sh
# The images' entrypoint. Docker secrets (Swarm mounts each at /run/secrets/<name>) become environment
# variables named in capitals (jwt_secret → JWT_SECRET), which is where both apps read their settings,
# so no secret value is written into a service's definition. Without secrets nothing changes.
set -eu
for file in /run/secrets/*; do
  [ -f "$file" ] || continue
  name="$(basename "$file" | tr '[:lower:]-' '[:upper:]_')"
  export "$name=$(cat "$file")"
done
exec "$@"
