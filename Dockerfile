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

USER 10001:10001
WORKDIR /data
ENV PORT=8080
EXPOSE 8080

HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
  CMD ["java", "-cp", "/app/portal.jar", "uk.council.complaints.HealthCheck"]

ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/portal.jar"]
