# Vine Reports on Payara Micro (Jakarta EE 10, Java 17). Build the WAR first: mvn package -DskipTests
# Settings come from the environment only (see README): FILEVINE_CLIENT_ID, FILEVINE_CLIENT_SECRET, ...
FROM payara/micro:6.2025.10-jdk17
COPY server-config/payara/pre-boot-commands.asadmin /opt/payara/config/pre-boot-commands.asadmin
COPY target/vine-reports.war /opt/payara/deployments/ROOT.war
# The history's default database (an H2 file) lives here: mount a volume, or set VINE_DB_URL for PostgreSQL.
ENV VINE_DATA_DIR=/opt/payara/vine-data
RUN mkdir -p /opt/payara/vine-data
VOLUME /opt/payara/vine-data
EXPOSE 7059
CMD ["--deploy", "/opt/payara/deployments/ROOT.war", "--contextroot", "/", "--port", "7059", \
     "--nocluster", "--disablephonehome", "--prebootcommandfile", "/opt/payara/config/pre-boot-commands.asadmin"]
