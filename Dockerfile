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
COPY --from=build --chown=payara:payara /build/target/ROOT.war /opt/payara/deployments/ROOT.war
# The same JVM and Payara Micro flags as the run command and the benchmarks (README, "JVM flags").
COPY --chown=payara:payara src/main/payara/jvm.options src/main/payara/micro.options src/main/payara/preboot.asadmin \
     /opt/payara/config/
# Fewer glibc malloc arenas: with ~100 threads the default arenas alone cost tens of MB of resident memory.
ENV MALLOC_ARENA_MAX=2
USER payara
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health/ready HTTP/1.0\\r\\n\\r\\n' >&3 && head -1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["sh", "-c", "exec java $(cat /opt/payara/config/jvm.options) -jar /opt/payara/payara-micro.jar $(cat /opt/payara/config/micro.options) --prebootcommandfile /opt/payara/config/preboot.asadmin --deploymentDir /opt/payara/deployments \"$@\"", "--"]
