# Vine Reports on Payara Micro (Jakarta EE 10, Java 17). Build the WAR first: mvn package -DskipTests
# Settings come from the environment only (see README): FILEVINE_CLIENT_ID, FILEVINE_CLIENT_SECRET, ...
FROM payara/micro:6.2025.10-jdk17
COPY server-config/payara/pre-boot-commands.asadmin server-config/payara/prepare-launcher.sh /opt/payara/config/
COPY target/vine-reports.war /opt/payara/deployments/ROOT.war
# Start-up: Payara's runtime unpacked once into /opt/payara/micro-root with the WAR deployed at "/", and a
# class-data-sharing archive of its start (BENCHMARKS.md, P5 and P7). This runs the app once, without settings.
RUN bash /opt/payara/config/prepare-launcher.sh /opt/payara/payara-micro.jar /opt/payara/deployments/ROOT.war \
        /opt/payara/micro-root /opt/payara/config/pre-boot-commands.asadmin
# The history's default database (an H2 file) lives here: mount a volume, or set VINE_DB_URL for PostgreSQL.
ENV VINE_DATA_DIR=/opt/payara/vine-data
RUN mkdir -p /opt/payara/vine-data
VOLUME /opt/payara/vine-data
EXPOSE 7059
ENTRYPOINT ["java", "-XX:+UseContainerSupport", "-XX:+ExitOnOutOfMemoryError", \
            "-XX:SharedArchiveFile=/opt/payara/micro-root/vine.jsa", "-jar", "/opt/payara/micro-root/launch-micro.jar"]
CMD ["--port", "7059", "--nocluster", "--disablephonehome", \
     "--prebootcommandfile", "/opt/payara/config/pre-boot-commands.asadmin"]
