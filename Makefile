# renewal-guide: build, test, lint and benchmark.
# `make test` is what CI runs; it installs what the tests need first (see `deps`).

SWIFT        ?= swift
WERROR       := -Xswiftc -warnings-as-errors
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libcurl4-openssl-dev pkg-config

.PHONY: all build test deps lint format bench clean

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

## test: every test target, warnings as errors.
test: deps
	$(SWIFT) build --build-tests $(WERROR)
	$(SWIFT) test --skip-build

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
