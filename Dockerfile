# Build the jar with Maven, run it on a JRE. The image carries the connectors and samples so that a
# new store loads them on first start.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q package -DskipTests
# Unpacked (an application jar and lib/): class data sharing maps classes from plain jars only, not from jars
# nested in the executable jar.
RUN java -Djarmode=tools -jar target/rives.jar extract --destination /src/app

FROM eclipse-temurin:17-jre
WORKDIR /rives
COPY --from=build /src/app /rives/app
COPY connectors /rives/connectors
COPY sample-data /rives/sample-data
ENV RIVES_HOME=/rives \
    RIVES_DB=/rives/data/rives.duckdb \
    RIVES_RAW_DIR=/rives/data/raw
# Class data sharing (AppCDS): a training run with this image's JVM and the server's flags starts the
# application context and exits (no port, no samples, a throw-away store); every start then maps the classes it
# loaded from the archive instead of reading and verifying them again, which takes about half the CPU of a start
# away (bench/startup.sh). A JVM that cannot use the archive says so and starts without it.
RUN java -Xmx1g -XX:+UseParallelGC -XX:ArchiveClassesAtExit=/rives/app/rives.jsa -Dspring.context.exit=onRefresh \
        -jar /rives/app/rives.jar --rives.db=/tmp/training/rives.duckdb --rives.raw-dir=/tmp/training/raw \
    && rm -rf /tmp/training
VOLUME /rives/data
EXPOSE 8080
ENTRYPOINT ["java", "-Xmx1g", "-XX:+UseParallelGC", "-XX:SharedArchiveFile=/rives/app/rives.jsa", "-jar", "/rives/app/rives.jar"]
