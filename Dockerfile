# syntax=docker/dockerfile:1
#
# renewal-guide: a statically linked (Swift runtime + Foundation) release build on swift:6.3-noble,
# run on a bare ubuntu:noble as an unprivileged user.
#
#   docker build -t renewal-guide .
#   docker run --rm -p 8080:8080 --read-only renewal-guide
#
# Builder and runtime must share a distribution release (noble = Ubuntu 24.04): the binary links
# glibc, libstdc++ and libgcc_s dynamically and must not meet an older glibc than it was built with.

# ================================
# Build image
# ================================
FROM swift:6.3-noble AS build

WORKDIR /build

# Resolve dependencies in their own layer, so that changes to Sources or Tests reuse it. The glob also
# picks up a local Package.resolved (ignored by git) when there is one, so a developer's image pins
# what they tested; a clean clone resolves afresh within the manifest's version ranges.
COPY Package.* ./
RUN swift package resolve

# SwiftPM checks the layout of every target in the manifest, test targets included, even when
# building a single product: Tests and the fuzz harnesses must be present although nothing in them
# is compiled here.
COPY Sources ./Sources
COPY Tests ./Tests
COPY Fuzz ./Fuzz
# Sources/RenewalService/openapi.yaml links to this file, which the server embeds and serves.
COPY openapi.yaml ./

# --static-swift-stdlib links the Swift runtime, Dispatch and Foundation (FoundationEssentials,
# FoundationInternationalization and its bundled ICU) into the executable; only glibc, libm,
# libstdc++ and libgcc_s stay dynamic. The binary keeps its symbols for readable crash backtraces.
RUN swift build -c release --static-swift-stdlib --product renewal-guide

# Stage what the runtime image needs: the executable and the static crash backtracer that the Swift
# runtime launches on a crash (a static executable cannot find the toolchain's own).
WORKDIR /staging
RUN cp "$(swift build --package-path /build -c release --show-bin-path)/renewal-guide" ./ \
    && cp /usr/libexec/swift/linux/swift-backtrace-static ./

# ================================
# Runtime image
# ================================
FROM ubuntu:noble

ARG VERSION=dev
ARG REVISION=unknown

LABEL org.opencontainers.image.title="renewal-guide" \
      org.opencontainers.image.description="Identifies where a Kaspersky licence was bought and how to turn its auto-renewal off (HTTP JSON API)" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.base.name="docker.io/library/ubuntu:noble"

# Only what the binary needs at run time: CA certificates and time zone data. libc6, libstdc++6 and
# libgcc-s1 are already in the base image (apt itself needs them). No libcurl: only the tests use it.
# Versions are not pinned: Ubuntu drops superseded versions from its archive, so pins break rebuilds;
# rebuild the image regularly to pick up the base image's and these packages' security updates.
# hadolint ignore=DL3008
RUN export DEBIAN_FRONTEND=noninteractive DEBCONF_NONINTERACTIVE_SEEN=true \
    && apt-get -q update \
    && apt-get -q install -y --no-install-recommends ca-certificates tzdata \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 renewal \
    && useradd --system --uid 10001 --gid renewal --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin renewal

# Root-owned and not writable by the service user: the process writes no files at all.
COPY --from=build /staging/renewal-guide /usr/local/bin/renewal-guide
COPY --from=build /staging/swift-backtrace-static /usr/local/libexec/swift/swift-backtrace-static

# Fail the build here, not at deploy time, if the binary needs a library this image lacks.
RUN ["/usr/local/bin/renewal-guide", "--help"]

# PORT and HOST are read by the service (flags override them); the HEALTHCHECK reads PORT too.
# SWIFT_BACKTRACE: on a crash, print a symbolicated backtrace of every thread to stderr, then exit.
ENV PORT=8080 \
    HOST=0.0.0.0 \
    SWIFT_BACKTRACE=enable=yes,sanitize=yes,threads=all,images=all,interactive=no,swift-backtrace=/usr/local/libexec/swift/swift-backtrace-static

USER 10001:10001
EXPOSE 8080

# The server drains for SHUTDOWN_GRACE seconds (default 10) on SIGTERM, then exits 0; give
# `docker stop` a longer timeout than that (e.g. `docker stop -t 15`; its default is 10 s).
STOPSIGNAL SIGTERM

# No curl in the image: the binary's own probe asks /healthz over a plain socket (exit 0 or 1).
HEALTHCHECK --interval=30s --timeout=5s --start-period=5s --retries=3 \
    CMD ["/usr/local/bin/renewal-guide", "healthcheck", "--timeout", "3"]

# Exec form: the server is PID 1 and receives SIGTERM itself.
ENTRYPOINT ["/usr/local/bin/renewal-guide"]
CMD ["serve"]
