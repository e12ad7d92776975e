# Build the jar with Maven, run it on a JRE. The image carries the connectors and samples so that a
# new store loads them on first start.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /rives
COPY --from=build /src/target/rives.jar /rives/rives.jar
COPY connectors /rives/connectors
COPY sample-data /rives/sample-data
ENV RIVES_HOME=/rives \
    RIVES_DB=/rives/data/rives.duckdb \
    RIVES_RAW_DIR=/rives/data/raw
VOLUME /rives/data
EXPOSE 8080
ENTRYPOINT ["java", "-Xmx1g", "-XX:+UseParallelGC", "-jar", "/rives/rives.jar"]
