# renewal-guide: build, test, lint and benchmark.
# `make test` is what CI runs; it installs what the tests need first (see `deps`).

SWIFT        ?= swift
WERROR       := -Xswiftc -warnings-as-errors
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libcurl4-openssl-dev pkg-config

.PHONY: all build test unit-test api-check browser-check mcp-check deploy-check deps lint format openapi-examples bench bench-instructions bench-http bench-hostile bench-cpu bench-idle bench-reload bench-soak fuzz fuzz-identify fuzz-rules fuzz-parser fuzz-json sanitize sanitize-address sanitize-thread clean

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

## test: every Swift test target (warnings as errors), the API contract check, then the page in a browser.
test: unit-test api-check browser-check mcp-check

unit-test: deps
	$(SWIFT) build --build-tests $(WERROR)
	$(SWIFT) test --skip-build

## api-check: openapi.yaml validates, and schemathesis finds nothing against the built server.
api-check: deps
	$(SWIFT) build --product renewal-guide $(WERROR)
	bash scripts/api-check.sh "$$($(SWIFT) build --show-bin-path)/renewal-guide"

## browser-check: the page at / in Chromium (Playwright, axe-core); screenshots in .build/screenshots/.
browser-check: deps
	$(SWIFT) build --product renewal-guide $(WERROR)
	bash scripts/browser-check.sh "$$($(SWIFT) build --show-bin-path)/renewal-guide"

## mcp-check: the MCP tools driven by the official Python SDK (PyPI mcp) over HTTP and stdio.
mcp-check: deps
	$(SWIFT) build --product renewal-guide $(WERROR)
	bash scripts/mcp-check.sh "$$($(SWIFT) build --show-bin-path)/renewal-guide"

## deploy-check: hadolint on the Dockerfile, kubernetes-validate --strict on deploy/kubernetes.
deploy-check:
	bash scripts/deploy-check.sh

## openapi-examples: rewrite openapi.yaml's response examples from the built server's answers.
openapi-examples: build
	WRITE_EXAMPLES=1 bash scripts/api-check.sh "$$($(SWIFT) build --show-bin-path)/renewal-guide"

## lint: swift-format in strict mode, with the checked-in .swift-format.
lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

## bench: identifications per second on one core (release build).
bench:
	$(SWIFT) build -c release --product rules-benchmark
	$$($(SWIFT) build -c release --show-bin-path)/rules-benchmark

## bench-instructions: instructions per identification, input by input (callgrind; load-independent).
bench-instructions:
	bash Benchmarks/instructions-per-identification.sh

## bench-http: renewal-guide vs Hummingbird, FlyingFox and nginx with wrk on loopback (~14 min).
BENCH_APT := wrk nginx-light curl python3
bench-http:
	@missing=""; for p in $(BENCH_APT); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null \
	  | grep -q "install ok installed" || missing="$$missing $$p"; done; \
	[ -z "$$missing" ] || { $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; }
	bash Benchmarks/bench-http.sh

## bench-cpu: server CPU time per request: info vs warning log level (the access log's cost) and nginx.
bench-cpu:
	bash Benchmarks/cpu-per-request.sh

## bench-idle: 10,000 idle keep-alive connections held open, and the RSS with them.
bench-idle:
	bash Benchmarks/idle-connections.sh

## bench-hostile: issue 16's and 27's attacks, each on a fresh release server: CPU-s, peak RSS, /healthz p99 (~3 min).
bench-hostile:
	$(SWIFT) build -c release --product renewal-guide
	python3 Benchmarks/hostile.py $$($(SWIFT) build -c release --show-bin-path)/renewal-guide

## bench-reload: the rule book reloaded on SIGHUP every 0.2 s under wrk: errors, reloads, time to take effect.
bench-reload:
	bash Benchmarks/reload-under-load.sh

## bench-soak: RSS before and after a 5-minute load at 64 connections (growth must stay under 5 %).
bench-soak:
	bash Benchmarks/soak.sh

## sanitize: the whole test suite under AddressSanitizer (with LeakSanitizer) and ThreadSanitizer.
sanitize: sanitize-address sanitize-thread

sanitize-address: deps
	$(SWIFT) build --build-tests --scratch-path .build-asan --sanitize=address
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan-suppressions.txt:print_suppressions=0 \
	  $(SWIFT) test --skip-build --scratch-path .build-asan --sanitize=address

sanitize-thread: deps
	$(SWIFT) build --build-tests --scratch-path .build-tsan --sanitize=thread
	TSAN_OPTIONS=halt_on_error=1 $(SWIFT) test --skip-build --scratch-path .build-tsan --sanitize=thread

## fuzz: libFuzzer with AddressSanitizer on the HTTP parser, identification, rule files and the JSON parser, FUZZ_SECONDS each.
FUZZ_SECONDS ?= 60
FUZZ_BUILD   := .build-fuzz
FUZZ_FLAGS   := -O -sanitize=fuzzer,address -parse-as-library -package-name renewal_guide
PROTOCOL_SOURCES := $(wildcard Sources/HTTPProtocol/*.swift)

fuzz: fuzz-parser fuzz-identify fuzz-rules fuzz-json

fuzz-parser:
	mkdir -p $(FUZZ_BUILD)/parser-corpus Fuzz/artifacts
	$(SWIFT)c $(FUZZ_FLAGS) -module-name HTTPProtocol Fuzz/parser/ParserFuzzer.swift $(PROTOCOL_SOURCES) \
	  -o $(FUZZ_BUILD)/parser-fuzzer 2>&1 | { grep -v 'ld.gold: warning: Cannot export local symbol' || true; }
	SWIFT_BACKTRACE=enable=no $(FUZZ_BUILD)/parser-fuzzer -max_total_time=$(FUZZ_SECONDS) -max_len=4096 \
	  -print_final_stats=1 -artifact_prefix=Fuzz/artifacts/parser- $(FUZZ_BUILD)/parser-corpus Fuzz/parser/corpus

# The harnesses of the rules (which need Yams, built by SwiftPM) are dynamic libraries built with
# the sanitizers and linked into libFuzzer's own driver.
FUZZ_SPM := $(SWIFT) build -c release --scratch-path $(FUZZ_BUILD)/spm -Xswiftc -sanitize=fuzzer,address \
  -Xcc -fsanitize=fuzzer-no-link,address
FUZZ_LIBS := $(abspath $(FUZZ_BUILD)/spm/release)

# fuzz_swiftpm NAME,PRODUCT,MAX_LEN,FLAGS: build Fuzz/NAME's harness library, link it into the
# driver, and run it on Fuzz/NAME/corpus.
define fuzz_swiftpm
	mkdir -p $(FUZZ_BUILD)/$(1)-corpus Fuzz/artifacts
	$(FUZZ_SPM) --product $(2)
	$(SWIFT)c -sanitize=fuzzer,address -parse-as-library Fuzz/driver.swift -L $(FUZZ_LIBS) -l$(2) \
	  -Xlinker -rpath -Xlinker $(FUZZ_LIBS) -o $(FUZZ_BUILD)/$(1)-fuzzer 2>&1 \
	  | { grep -v 'ld.gold: warning: Cannot export local symbol' || true; }
	SWIFT_BACKTRACE=enable=no $(FUZZ_BUILD)/$(1)-fuzzer -max_total_time=$(FUZZ_SECONDS) -max_len=$(3) $(4) \
	  -print_final_stats=1 -artifact_prefix=Fuzz/artifacts/$(1)- $(FUZZ_BUILD)/$(1)-corpus Fuzz/$(1)/corpus
endef

fuzz-identify:
	$(call fuzz_swiftpm,identify,IdentifyFuzzing,4096,)

# The standard rule file seeds the rules fuzzer as it is now, not as a copy once made of it.
fuzz-rules:
	mkdir -p $(FUZZ_BUILD)/rules-corpus
	cp Sources/RenewalRules/Knowledge/rules.yaml $(FUZZ_BUILD)/rules-corpus/standard.yaml
	$(call fuzz_swiftpm,rules,RulesFuzzing,49152,-timeout=10)

fuzz-json:
	mkdir -p $(FUZZ_BUILD)/json-corpus Fuzz/artifacts
	$(SWIFT)c $(FUZZ_FLAGS) -module-name RenewalDocuments Fuzz/json/JSONFuzzer.swift \
	  Sources/RenewalDocuments/JSON/JSONParser.swift Sources/RenewalDocuments/JSON/JSONValue.swift \
	  -o $(FUZZ_BUILD)/json-fuzzer 2>&1 | { grep -v 'ld.gold: warning: Cannot export local symbol' || true; }
	SWIFT_BACKTRACE=enable=no $(FUZZ_BUILD)/json-fuzzer -max_total_time=$(FUZZ_SECONDS) -max_len=4096 \
	  -print_final_stats=1 -artifact_prefix=Fuzz/artifacts/json- $(FUZZ_BUILD)/json-corpus Fuzz/json/corpus

clean:
	rm -rf .build $(FUZZ_BUILD)
