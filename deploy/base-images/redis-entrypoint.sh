#!/bin/sh
# Without a config file Redis refuses clients from other addresses (protected mode); in a container
# those are the other services, so it is turned off here as the public image does.
set -eu
if [ "$1" = redis-server ]; then
  shift
  exec redis-server --bind '* -::*' --protected-mode no "$@"
fi
exec "$@"
