# The portal's runtime image, built from the application jar:
#   mvn -B package -DskipTests && docker build -t complaints-portal .
# Any Java 17+ runtime image will do as the base (a council's own hardened image, for example).
ARG BASE_IMAGE=eclipse-temurin:17-jre
FROM ${BASE_IMAGE}

# A user with no login and no home: the app never needs root.
RUN groupadd --system --gid 10001 portal \
 && useradd --system --uid 10001 --gid portal --no-create-home --shell /usr/sbin/nologin portal \
 && mkdir -p /app /data && chown portal:portal /data

COPY target/complaints-portal-*[0-9].jar /app/portal.jar
COPY bin/cds-archive /app/cds-archive
# The JVM settings (docs/adr/0012, 0018, 0020), one option a line: the same file bin/run reads.
COPY bin/jvm.options /app/jvm.options
# Extra options of a deployment's own (added after the file's, so they win).
ENV JAVA_OPTS=""
ENV MALLOC_ARENA_MAX=2

# Class-data sharing: one training start at build time writes the classes the portal loads to an
# archive, which every start then maps instead of loading and verifying them again.
RUN CDS_JAVA_OPTS="$(grep -v '^[[:space:]]*#' /app/jvm.options | xargs)" /app/cds-archive /app/portal.jar /app/portal.jsa \
 && chmod 444 /app/portal.jsa

USER 10001:10001
WORKDIR /data
ENV PORT=8080
# 8081: the management listener (Prometheus metrics), bound to 127.0.0.1 inside the container: scrape it
# from a sidecar in the same network namespace (README), never published.
EXPOSE 8080

HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
  CMD ["java", "-cp", "/app/portal.jar", "uk.council.complaints.HealthCheck"]

ENTRYPOINT ["sh", "-c", "exec java $(grep -v '^[[:space:]]*#' /app/jvm.options | xargs) -XX:SharedArchiveFile=/app/portal.jsa -Xlog:cds=off -Xlog:cds+dynamic=off $JAVA_OPTS -jar /app/portal.jar"]
