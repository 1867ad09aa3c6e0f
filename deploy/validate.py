#!/usr/bin/env python3
"""Offline checks of the deploy folder (no cluster, no Docker daemon here): every YAML parses; the Kubernetes
manifests hold a Deployment, Service and PostgreSQL StatefulSet whose selectors, ports, secrets and /healthz probes
fit together (and `kubectl kustomize` renders them when kubectl exists); the compose file's nodes reach PostgreSQL and
the balancer's upstreams name its services; the systemd unit and the environment files set only configuration keys
the server knows (appsettings.json, plus the Storage section); the shell scripts parse. Prints one line per failure and
exits 1 if any."""
import json, os, re, shutil, subprocess, sys

import yaml

deploy = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(deploy)
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def load_all(path):
    with open(path, encoding="utf-8") as f:
        return [d for d in yaml.safe_load_all(f) if d is not None]


def known_settings():
    """Environment names (Section__Key) the server binds: appsettings.json's leaves and sections, and Storage."""
    with open(os.path.join(root, "src", "Correlator.Server", "appsettings.json"), encoding="utf-8") as f:
        settings = json.load(f)
    names = set()

    def walk(prefix, node):
        for key, value in node.items():
            name = f"{prefix}__{key}" if prefix else key
            names.add(name)
            if isinstance(value, dict):
                walk(name, value)

    walk("", settings)
    names |= {"Storage__Provider", "Storage__ConnectionString", "ASPNETCORE_URLS", "ASPNETCORE_ENVIRONMENT"}
    return names


def check_setting(name, where):
    check(name in SETTINGS or any(name.startswith(s + "__") for s in ("Logging__LogLevel",)),
          f"{where}: {name} is not a setting the server reads")


SETTINGS = known_settings()


def kubernetes():
    docs = []
    for name in sorted(os.listdir(os.path.join(deploy, "k8s"))):
        if name.endswith(".yaml") and name != "kustomization.yaml":
            docs += load_all(os.path.join(deploy, "k8s", name))
    for d in docs:
        check({"apiVersion", "kind", "metadata"} <= d.keys() and d["metadata"].get("name"), f"k8s: incomplete object {d.get('kind')}")
    by_kind = {}
    for d in docs:
        by_kind.setdefault(d["kind"], []).append(d)
    for kind in ("Deployment", "Service", "StatefulSet", "Secret", "ConfigMap"):
        check(kind in by_kind, f"k8s: no {kind}")
    secrets = {s["metadata"]["name"]: set((s.get("stringData") or s.get("data") or {}).keys()) for s in by_kind.get("Secret", [])}
    configs = {c["metadata"]["name"]: set(c.get("data", {}).keys()) for c in by_kind.get("ConfigMap", [])}
    workloads = by_kind.get("Deployment", []) + by_kind.get("StatefulSet", [])
    for w in workloads:
        name = w["metadata"]["name"]
        spec = w["spec"]
        labels = spec["template"]["metadata"]["labels"]
        check(spec["selector"]["matchLabels"].items() <= labels.items(), f"k8s {name}: selector does not match the pod labels")
        for c in spec["template"]["spec"]["containers"]:
            ports = {p.get("name"): p["containerPort"] for p in c.get("ports", [])}
            for probe in ("readinessProbe", "livenessProbe"):
                check(probe in c, f"k8s {name}: container {c['name']} has no {probe}")
                get = c.get(probe, {}).get("httpGet")
                if w["kind"] == "Deployment":
                    check(get is not None and get.get("path") == "/healthz", f"k8s {name}: {probe} is not an HTTP GET of /healthz")
                    if get:
                        check(get["port"] in ports or get["port"] in ports.values(), f"k8s {name}: {probe} port {get['port']} is not a container port")
            for source in c.get("envFrom", []):
                if "secretRef" in source:
                    check(source["secretRef"]["name"] in secrets, f"k8s {name}: secret {source['secretRef']['name']} is not defined")
                if "configMapRef" in source:
                    ref = source["configMapRef"]["name"]
                    check(ref in configs, f"k8s {name}: config map {ref} is not defined")
                    if w["kind"] == "Deployment":
                        for key in configs.get(ref, []):
                            check_setting(key, f"k8s config map {ref}")
            for env in c.get("env", []):
                ref = env.get("valueFrom", {}).get("secretKeyRef")
                if ref:
                    check(ref["key"] in secrets.get(ref["name"], set()), f"k8s {name}: secret key {ref['name']}/{ref['key']} is not defined")
                if w["kind"] == "Deployment":
                    check_setting(env["name"], f"k8s {name}")
            if w["kind"] == "Deployment":
                names = {e["name"] for e in c.get("env", [])} | {k for s in c.get("envFrom", []) if "configMapRef" in s for k in configs.get(s["configMapRef"]["name"], [])}
                check({"Storage__Provider", "Storage__ConnectionString"} <= names, f"k8s {name}: the nodes are not pointed at PostgreSQL")
    for service in by_kind.get("Service", []):
        selector = service["spec"]["selector"]
        targets = [w for w in workloads if selector.items() <= w["spec"]["template"]["metadata"]["labels"].items()]
        check(targets, f"k8s service {service['metadata']['name']}: selects no workload")
        for port in service["spec"]["ports"]:
            for w in targets:
                named = {p.get("name") for c in w["spec"]["template"]["spec"]["containers"] for p in c.get("ports", [])}
                numbers = {p["containerPort"] for c in w["spec"]["template"]["spec"]["containers"] for p in c.get("ports", [])}
                check(port["targetPort"] in named | numbers, f"k8s service {service['metadata']['name']}: targetPort {port['targetPort']} is not a container port")
    if shutil.which("kubectl"):
        rendered = subprocess.run(["kubectl", "kustomize", os.path.join(deploy, "k8s")], capture_output=True, text=True)
        check(rendered.returncode == 0, f"kubectl kustomize failed: {rendered.stderr.strip()}")


def compose():
    (spec,) = load_all(os.path.join(deploy, "docker-compose.yml"))
    services = spec["services"]
    check("postgres" in services and "balancer" in services, "compose: needs postgres and balancer services")
    nodes = [n for n in services if n.startswith("node")]
    check(len(nodes) >= 2, "compose: fewer than two nodes")
    for n in nodes:
        s = services[n]
        env = s.get("environment", {})
        check(env.get("Storage__Provider") == "Postgres", f"compose {n}: Storage__Provider is not Postgres")
        check("Host=postgres" in env.get("Storage__ConnectionString", ""), f"compose {n}: the connection string does not name the postgres service")
        for key in env:
            check_setting(key, f"compose {n}")
        check("healthcheck" in s and "/healthz" in " ".join(s["healthcheck"]["test"]), f"compose {n}: no /healthz health check")
    for volume in services["balancer"].get("volumes", []):
        local = volume.split(":")[0]
        if local.startswith("."):
            path = os.path.join(deploy, local)
            check(os.path.isfile(path), f"compose balancer: {local} does not exist")
            with open(path, encoding="utf-8") as f:
                upstreams = set(re.findall(r"^\s*server\s+([\w.-]+):\d+", f.read(), re.M))
            check(upstreams and upstreams <= set(nodes), f"compose balancer: upstreams {sorted(upstreams)} are not the node services {nodes}")
    if shutil.which("docker") and subprocess.run(["docker", "compose", "version"], capture_output=True).returncode == 0:
        config = subprocess.run(["docker", "compose", "-f", os.path.join(deploy, "docker-compose.yml"), "config", "-q"], capture_output=True, text=True)
        check(config.returncode == 0, f"docker compose config failed: {config.stderr.strip()}")


def systemd():
    with open(os.path.join(deploy, "systemd", "correlator.service"), encoding="utf-8") as f:
        unit = f.read()
    sections = set(re.findall(r"^\[(\w+)\]", unit, re.M))
    check({"Unit", "Service", "Install"} <= sections, "systemd: the unit lacks a [Unit], [Service] or [Install] section")
    for key in ("ExecStart=", "EnvironmentFile=", "Restart=", "User="):
        check(re.search(rf"^{key}", unit, re.M), f"systemd: the unit has no {key}")
    with open(os.path.join(deploy, "systemd", "correlator.env"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                check("=" in line, f"systemd env: '{line}' is not NAME=value")
                check_setting(line.split("=", 1)[0], "systemd env")


def scripts():
    for name in os.listdir(deploy):
        if name.endswith(".sh"):
            result = subprocess.run(["bash", "-n", os.path.join(deploy, name)], capture_output=True, text=True)
            check(result.returncode == 0, f"{name}: {result.stderr.strip()}")


for part in (kubernetes, compose, systemd, scripts):
    try:
        part()
    except Exception as error:  # a file that does not even have the expected shape
        failures.append(f"{part.__name__}: {type(error).__name__}: {error}")

for failure in failures:
    print(failure)
print("deploy: " + ("ok" if not failures else f"{len(failures)} problems"))
sys.exit(1 if failures else 0)
