# 5C Menus on the official Payara Micro 6 image (JDK 17).
#   docker build -t fivec-menus .
#   docker run -p 8080:8080 -e DB_URL=jdbc:postgresql://db:5432/menus -e DB_USER=menus -e DB_PASSWORD=… \
#              -e REDIS_URL=redis://redis:6379/0 -e SODEXO_API_KEY=… fivec-menus
# Without DB_URL and REDIS_URL it runs on the embedded H2 and the in-process cache.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests

FROM payara/micro:6.2025.10-jdk17
# ROOT.war deploys at the context root "/": pages at /, the API at /api/v2, health at /health, /openapi.
COPY --from=build --chown=payara:payara /build/target/ROOT.war ${DEPLOY_DIR}/ROOT.war
# The same JVM and Payara Micro flags as the run command and the benchmarks (README, "JVM flags").
COPY --chown=payara:payara src/main/payara/jvm.options src/main/payara/micro.options src/main/payara/preboot.asadmin \
     /opt/payara/config/
# Fewer glibc malloc arenas: with ~100 threads the default arenas alone cost tens of MB of resident memory.
ENV MALLOC_ARENA_MAX=2
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
    CMD wget -q -O /dev/null http://127.0.0.1:8080/health/ready || exit 1
ENTRYPOINT ["sh", "-c", "exec java $(cat /opt/payara/config/jvm.options) -jar /opt/payara/payara-micro.jar $(cat /opt/payara/config/micro.options) --prebootcommandfile /opt/payara/config/preboot.asadmin --deploymentDir /opt/payara/deployments \"$@\"", "--"]
