# Builds and runs Socratic. The build stage uses the Maven Wrapper, as a developer does.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -q -B dependency:go-offline
COPY src src
RUN ./mvnw -q -B package -DskipTests

FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home-dir /var/lib/socratic --create-home socratic
WORKDIR /opt/socratic
COPY --from=build /src/target/socratic.jar ./target/socratic.jar
COPY --from=build /src/target/lib ./target/lib
COPY agents agents
COPY prompts prompts
COPY guardrails guardrails
COPY content content
COPY eval eval
ENV SOCRATIC_HOME=/opt/socratic DJL_CACHE_DIR=/var/lib/socratic/djl
USER socratic
EXPOSE 8080
ENTRYPOINT ["java", "-XX:+UseZGC", "-jar", "/opt/socratic/target/socratic.jar"]
CMD ["serve"]
