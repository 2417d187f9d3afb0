# renewal-guide: build, test, lint and benchmark.
# `make test` is what CI runs; it installs what the tests need first (see `deps`).

SWIFT        ?= swift
WERROR       := -Xswiftc -warnings-as-errors
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libcurl4-openssl-dev pkg-config

.PHONY: all build test unit-test api-check deploy-check deps lint format openapi bench clean

all: build

## deps: install the C libraries the tests link (libcurl for the integration tests' client).
deps:
	@missing=""; \
	for pkg in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$pkg 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$pkg"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	  else \
	    echo "Missing:$$missing. Install them with:"; \
	    echo "  sudo apt-get update && sudo apt-get install -y$$missing"; \
	    exit 1; \
	  fi; \
	fi

build:
	$(SWIFT) build $(WERROR)

## test: every Swift test target (warnings as errors), then the API contract check.
test: unit-test api-check

unit-test: deps
	$(SWIFT) build --build-tests $(WERROR)
	$(SWIFT) test --skip-build

## api-check: openapi.yaml validates, and schemathesis finds nothing against the built server.
api-check: deps
	$(SWIFT) build --product renewal-guide $(WERROR)
	bash scripts/api-check.sh "$$($(SWIFT) build --show-bin-path)/renewal-guide"

## deploy-check: hadolint on the Dockerfile, kubernetes-validate --strict on deploy/kubernetes.
deploy-check:
	bash scripts/deploy-check.sh

## openapi: re-embed openapi.yaml into the server after editing it.
openapi:
	bash scripts/embed-openapi.sh

## lint: swift-format in strict mode, with the checked-in .swift-format.
lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

## bench: identifications per second on one core (release build).
bench:
	$(SWIFT) build -c release --product rules-benchmark
	$$($(SWIFT) build -c release --show-bin-path)/rules-benchmark

clean:
	rm -rf .build
