# PostgreSQL 15 from Debian, with the interface of the public postgres image that docker-compose.yml
# relies on: POSTGRES_PASSWORD (or POSTGRES_PASSWORD_FILE), POSTGRES_DB, data in
# /var/lib/postgresql/data, pg_isready on the PATH. Runs as the `postgres` user.
FROM verdant-base/debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends postgresql-15 \
  && rm -rf /var/lib/apt/lists/* /var/lib/postgresql/15 /etc/postgresql/15 \
  && mkdir -p /var/lib/postgresql/data /var/run/postgresql \
  && chown -R postgres:postgres /var/lib/postgresql /var/run/postgresql && chmod 700 /var/lib/postgresql/data
COPY postgres-entrypoint.sh /usr/local/bin/postgres-entrypoint
ENV PATH=/usr/lib/postgresql/15/bin:$PATH PGDATA=/var/lib/postgresql/data
USER postgres
VOLUME /var/lib/postgresql/data
EXPOSE 5432
STOPSIGNAL SIGINT
ENTRYPOINT ["postgres-entrypoint"]
CMD ["postgres"]
