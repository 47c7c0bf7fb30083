# nginx from Debian, laid out like the public nginx image: the configuration at /etc/nginx/nginx.conf,
# logs to the container's output, wget for health checks, `nginx -g 'daemon off;'`.
FROM verdant-base/debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends nginx wget \
  && rm -rf /var/lib/apt/lists/* /etc/nginx/sites-enabled/* \
  && ln -sf /dev/stdout /var/log/nginx/access.log && ln -sf /dev/stderr /var/log/nginx/error.log
EXPOSE 80
STOPSIGNAL SIGQUIT
CMD ["nginx", "-g", "daemon off;"]
