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
# Memory (README "Memory", BENCHMARKS.md P7): run the container with 1 GiB (docker run --memory=1g). The heap is a share
# of it; G1 (the JVM would pick Serial in a container under 1792 MB, and the archive's heap objects need G1) gives
# back what it does not use once the load is over (a concurrent cycle after 15 s without a collection, the heap
# shrunk until at most 15% of it is free); its marking stack starts small (it grows when needed); glibc keeps 2 malloc
# arenas instead of one per thread, and the JVM hands their free memory back every 10 s (the compiler's peaks).
ENV MALLOC_ARENA_MAX=2
ENTRYPOINT ["java", "-XX:+UseContainerSupport", "-XX:+UseG1GC", "-XX:MaxRAMPercentage=45", \
            "-XX:G1PeriodicGCInterval=15000", "-XX:MaxHeapFreeRatio=15", "-XX:MinHeapFreeRatio=5", \
            "-XX:MarkStackSize=256k", "-XX:TrimNativeHeapInterval=10000", "-XX:+ExitOnOutOfMemoryError", \
            "-XX:SharedArchiveFile=/opt/payara/micro-root/vine.jsa", "-jar", "/opt/payara/micro-root/launch-micro.jar"]
# A single node, without Payara's data grid (--nohazelcast; two nodes: README "Two nodes").
CMD ["--port", "7059", "--nohazelcast", "--disablephonehome", \
     "--prebootcommandfile", "/opt/payara/config/pre-boot-commands.asadmin"]
