# Redis 7 from Debian, run like the public redis image: `redis-server [options]`, data in /data, as the
# `redis` user, reachable from other containers (protected mode off: the network is the boundary).
FROM verdant-base/debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends redis-server \
  && rm -rf /var/lib/apt/lists/* && mkdir /data && chown redis:redis /data
COPY redis-entrypoint.sh /usr/local/bin/redis-entrypoint
WORKDIR /data
USER redis
VOLUME /data
EXPOSE 6379
ENTRYPOINT ["redis-entrypoint"]
CMD ["redis-server"]
