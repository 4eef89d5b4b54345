# Builds and runs the engine (used by docker-compose.yml).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp dependency:go-offline
COPY src src
COPY bpmn bpmn
COPY forms forms
RUN mvn -B -ntp package -DskipTests

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/target/onboarding-engine-*.jar /tmp/app.jar
# Extracted, with a class-data-sharing archive written by a training run that starts the
# application and stops (on H2, in a directory thrown away): classes load from the archive
# instead of the jars, which shortens the start-up (bench/startup.sh measures it).
RUN java -Djarmode=tools -jar /tmp/app.jar extract --destination /app && rm /tmp/app.jar \
 && java -XX:ArchiveClassesAtExit=/app/app.jsa -Dspring.context.exit=onRefresh -jar /app/app.jar \
      --onboarding.data-dir=/tmp/training --server.port=0 && rm -rf /tmp/training
WORKDIR /app
EXPOSE 8080
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/app.jsa", "-jar", "/app/app.jar"]
