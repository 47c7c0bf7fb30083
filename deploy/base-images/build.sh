#!/usr/bin/env bash
# Builds the base images the store's containers need from Debian packages, for machines that cannot pull
# from an image registry. A Debian root filesystem comes from the package mirror apt already uses
# (debootstrap); PostgreSQL, Redis and nginx are Debian's packages; Node.js is copied from this machine,
# because Debian bookworm ships Node.js 18 and Medusa needs 20 or later.
#
# Tags (docker-compose.local.yml and the Dockerfiles' BASE_IMAGE use them):
#   verdant-base/debian:bookworm    verdant-base/node:20      verdant-base/postgres:15
#   verdant-base/redis:7            verdant-base/nginx:1.22
# Needs root (debootstrap) and a running Docker engine. Images that exist are kept; --rebuild rebuilds all.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
suite=bookworm
mirror="${DEBIAN_MIRROR:-$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)}"
mirror="${mirror:-http://deb.debian.org/debian}"
rebuild=false
[[ "${1:-}" == "--rebuild" ]] && rebuild=true

say() { printf '\033[36m[base-images]\033[0m %s\n' "$*"; }
has_image() { ! $rebuild && docker image inspect "$1" > /dev/null 2>&1; }

if [[ $EUID -ne 0 ]]; then
  echo "build.sh needs root (debootstrap creates device files and chroots)" >&2
  exit 1
fi
for tool in debootstrap docker; do
  command -v "$tool" > /dev/null || { echo "build.sh needs $tool (apt-get install -y debootstrap docker.io)" >&2; exit 1; }
done

build_debian() {
  local tag=verdant-base/debian:$suite
  if has_image "$tag"; then say "$tag exists"; return; fi
  local root
  root="$(mktemp -d)"
  trap 'rm -rf "$root"' RETURN
  say "debootstrap $suite from $mirror"
  debootstrap --variant=minbase --include=ca-certificates "$suite" "$root" "$mirror" > "$root.log" 2>&1 \
    || { tail -20 "$root.log" >&2; exit 1; }
  rm -f "$root.log"
  # The same mirror inside the image, so apt-get works in the Dockerfiles built on it.
  cat > "$root/etc/apt/sources.list" <<SOURCES
deb $mirror $suite main
deb $mirror $suite-updates main
deb ${mirror%/debian}/debian-security $suite-security main
SOURCES
  # This machine's own certificate authorities (a TLS-inspecting proxy's, say) are trusted inside too,
  # or npm in the image builds could not reach the registry that npm on the host reaches.
  if compgen -G "/usr/local/share/ca-certificates/*.crt" > /dev/null; then
    cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
    chroot "$root" update-ca-certificates > /dev/null 2>&1
  fi
  # As Docker's slim images do: no package caches, documentation or translations, and apt keeps none.
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* "$root"/usr/share/doc/* \
    "$root"/usr/share/man/* "$root"/usr/share/locale/* "$root"/usr/share/info/*
  cat > "$root/etc/apt/apt.conf.d/docker-clean" <<'APT'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb || true"; };
APT::Install-Recommends "false";
APT
  cat > "$root/etc/dpkg/dpkg.cfg.d/docker-slim" <<'DPKG'
path-exclude /usr/share/doc/*
path-exclude /usr/share/man/*
path-exclude /usr/share/locale/*
path-exclude /usr/share/info/*
DPKG
  tar --numeric-owner -C "$root" -c . | docker import --change 'CMD ["bash"]' - "$tag" > /dev/null
  say "$tag built"
}

build_node() {
  local tag=verdant-base/node:20
  if has_image "$tag"; then say "$tag exists"; return; fi
  local node npm context
  node="$(command -v node)"
  npm="$(dirname "$(readlink -f "$(command -v npm)")")/.."
  "$node" -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' \
    || { echo "this machine's Node.js is $("$node" --version); the images need 20 or later" >&2; exit 1; }
  context="$(mktemp -d)"
  trap 'rm -rf "$context"' RETURN
  cp "$node" "$context/node"
  cp -r "$(readlink -f "$npm")" "$context/npm"
  docker build -q -t "$tag" -f "$here/node.Dockerfile" "$context" > /dev/null
  say "$tag built ($("$node" --version) from $node)"
}

build_from_debian() {
  local name=$1 tag=$2
  if has_image "$tag"; then say "$tag exists"; return; fi
  docker build -q -t "$tag" -f "$here/$name.Dockerfile" "$here" > /dev/null
  say "$tag built"
}

build_debian
build_node
build_from_debian postgres verdant-base/postgres:15
build_from_debian redis verdant-base/redis:7
build_from_debian nginx verdant-base/nginx:1.22
docker image ls --format '{{.Repository}}:{{.Tag}}\t{{.Size}}' | grep '^verdant-base/' | sort
