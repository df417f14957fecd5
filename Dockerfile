# 5C Menus on Payara Micro 7.2026.11 and JDK 25, the default runtime.
#   docker build -t fivec-menus .
#   docker run -p 8080:8080 -e DB_URL=jdbc:postgresql://db:5432/menus -e DB_USER=menus -e DB_PASSWORD=… \
#              -e REDIS_URL=redis://redis:6379/0 -e SODEXO_API_KEY=… fivec-menus
# Without DB_URL and REDIS_URL it runs on the embedded H2 and the in-process cache.
# The Payara Micro jar comes from Maven Central (as for the tests and deploy/smoke.sh) onto a plain Temurin 25
# JRE, rather than from a payara/micro image tag that could not be checked from the project machines.
# Not built here: the project machines have no Docker engine.

FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests \
 && mvn -B -q dependency:copy -Dartifact=fish.payara.extras:payara-micro:7.2026.11 -DoutputDirectory=/build/micro \
 && mv /build/micro/payara-micro-7.2026.11.jar /build/micro/payara-micro.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --home-dir /opt/payara --create-home payara
WORKDIR /opt/payara
COPY --from=build --chown=payara:payara /build/micro/payara-micro.jar /opt/payara/payara-micro.jar
# ROOT.war deploys at the context root "/": pages at /, the API at /api/v2, health at /health, /openapi.
COPY --from=build --chown=payara:payara /build/target/ROOT.war /opt/payara/ROOT.war
# The same JVM and Payara Micro flags as the run command and the benchmarks (README, "Threads and memory").
COPY --chown=payara:payara src/main/payara/jvm.options src/main/payara/micro.options src/main/payara/preboot.asadmin \
     deploy/aot-cache.sh /opt/payara/config/
# Fewer glibc malloc arenas: with ~100 threads the default arenas alone cost tens of MB of resident memory.
ENV MALLOC_ARENA_MAX=2
USER payara
# Payara Micro's unpacked launcher with a JDK 25 AOT cache: the median boot to the first 200 went from 11.2 s to
# 8.4 s (BENCHMARKS.md, "Boot and memory"). A cache is valid only for the JVM that wrote it, so it is trained here,
# on this image's JRE: one run boots the WAR, asks for its pages, and stops. The vendors' addresses point at a closed
# local port so that building the image calls no vendor; the launcher's folder is put back as it was before the run.
RUN MICRO_OPTIONS=/opt/payara/config/micro.options PREBOOT=/opt/payara/config/preboot.asadmin \
    MENUS_WARM_UP=false MENUS_PREFETCH_DAYS=0 \
    HALL_HOCH_SOURCE=http://127.0.0.1:9/ HALL_COLLINS_SOURCE=http://127.0.0.1:9/ HALL_MALOTT_SOURCE=http://127.0.0.1:9/ \
    HALL_MCCONNELL_SOURCE=http://127.0.0.1:9/ HALL_FRANK_SOURCE=http://127.0.0.1:9/ HALL_FRARY_SOURCE=http://127.0.0.1:9/ \
    HALL_OLDENBORG_SOURCE=http://127.0.0.1:9/ \
    bash /opt/payara/config/aot-cache.sh java /opt/payara/payara-micro.jar /opt/payara/ROOT.war /opt/payara/aot \
         $(cat /opt/payara/config/jvm.options)
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health/ready HTTP/1.0\\r\\n\\r\\n' >&3 && head -1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["sh", "-c", "exec java $(cat /opt/payara/config/jvm.options) -XX:AOTCache=/opt/payara/aot/app.aot -jar /opt/payara/aot/launcher/launch-micro.jar $(cat /opt/payara/config/micro.options) --prebootcommandfile /opt/payara/config/preboot.asadmin --deploy /opt/payara/ROOT.war \"$@\"", "--"]
