"""The scale-out profile on one machine: PostgreSQL, Redis, nginx, 2 Rasa + 2 action servers.

    python scripts/cluster.py            (make cluster) start, print the address, Ctrl-C stops

Every component is a real server from Debian's packages (scripts/system_deps.sh
installs them), started on loopback in var/cluster/ with its own configuration:

- PostgreSQL holds the conversations (Rasa's SQL tracker store);
- Redis is Rasa's lock store, so that the replicas (and SANIC_WORKERS > 1)
  never process two messages of one conversation at once;
- nginx balances the Rasa replicas (round robin, so that the turns of one
  conversation land on different replicas) and the action servers, and moves
  a request to the other replica when one cannot be reached (never a request
  a replica already received: a message that crashed one replica must not be
  replayed to the next), and limits each client address (requests per second
  and open connections: 429 past them);
- each Rasa replica reads endpoints.production.yml, whose values come from
  environment variables; the action servers listen on loopback only;
- `make cluster` restarts a server that stops and says so; the logs of the
  previous run are kept in var/cluster/previous/.

The tests use ``Cluster`` directly (tests/test_cluster.py).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import secrets
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script: `python scripts/cluster.py`

from scripts.servers import (  # noqa: E402
    action_server_command,
    free_port,
    rasa_server_command,
    server_env,
    wait_http,
    wait_port,
)

MODEL = ROOT / "models" / "mlcareer.tar.gz"


def postgres_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        raise SystemExit(f"PostgreSQL's {name} is missing: run scripts/system_deps.sh cluster "
                         "(apt-get install postgresql)")
    return found[-1]


def program(name: str, package: str) -> str:
    path = shutil.which(name) or (f"/usr/sbin/{name}" if os.path.exists(f"/usr/sbin/{name}")
                                  else None)
    if not path:
        raise SystemExit(f"{name} is missing: run scripts/system_deps.sh cluster "
                         f"(apt-get install {package})")
    return path


NGINX_CONF = """\
worker_processes 1;
pid {dir}/nginx.pid;
error_log {dir}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    client_body_temp_path {dir}/tmp/body;
    proxy_temp_path {dir}/tmp/proxy;
    fastcgi_temp_path {dir}/tmp/fastcgi;
    uwsgi_temp_path {dir}/tmp/uwsgi;
    scgi_temp_path {dir}/tmp/scgi;
    client_max_body_size 1m;
    log_format upstreams '$remote_addr "$request" $status $upstream_addr $request_time';
    access_log {dir}/nginx-access.log upstreams;
    map $http_upgrade $connection_upgrade {{ default upgrade; '' close; }}
    # per client address: {rate} with bursts of {burst}, {connections} open connections
    limit_req_zone $binary_remote_addr zone=per_address:10m rate={rate};
    limit_conn_zone $binary_remote_addr zone=connections:10m;
    limit_req_status 429;
    limit_conn_status 429;
    upstream rasa {{
{rasa_servers}
    }}
    upstream actions {{
{action_servers}
    }}
    server {{
        listen 127.0.0.1:{port};
        proxy_http_version 1.1;
        proxy_set_header Host $host;
        proxy_read_timeout 60s;
        limit_req zone=per_address burst={burst} nodelay;
        limit_conn connections {connections};
        # a replica that cannot be reached: try the next one. A POST that a replica
        # already received is not sent again (no non_idempotent): had it crashed the
        # replica, it would crash the next one too; the client gets 502 and may retry.
        proxy_next_upstream error timeout http_502 http_503;
        proxy_connect_timeout 2s;
        location /socket.io/ {{
            proxy_pass http://rasa;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;
        }}
        location / {{ proxy_pass http://rasa; }}
    }}
    server {{
        listen 127.0.0.1:{action_port};
        proxy_http_version 1.1;
        # an action call computes an answer and changes nothing: safe to send again
        proxy_next_upstream error timeout http_502 http_503 non_idempotent;
        proxy_connect_timeout 2s;
        location / {{ proxy_pass http://actions; }}
    }}
}}
"""


@dataclass
class Cluster:
    """A whole scale-out profile on loopback; every port free unless given."""

    dir: Path = ROOT / "var" / "cluster"
    port: int = 0  # nginx: where users connect
    replicas: int = 2
    actions: int = 2
    ticket_lock_lifetime: int = 10
    rate: str = "10r/s"  # nginx, per client address
    burst: int = 40
    connections: int = 40
    env: dict = field(default_factory=dict)
    processes: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.dir = Path(self.dir)
        self.port = self.port or free_port()
        self.action_proxy_port = free_port()
        self.pg_port, self.redis_port = free_port(), free_port()
        self.rasa_ports = [free_port() for _ in range(self.replicas)]
        self.action_ports = [free_port() for _ in range(self.actions)]
        self.db_password = secrets.token_hex(16)
        self.redis_password = secrets.token_hex(16)
        self.token = secrets.token_hex(16)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def rasa_env(self) -> dict:
        return {
            **server_env(), **self.env,
            "ACTION_ENDPOINT_URL": f"http://127.0.0.1:{self.action_proxy_port}/webhook",
            "DB_HOST": "127.0.0.1", "DB_PORT": str(self.pg_port), "DB_NAME": "mlcareer",
            "DB_USER": "mlcareer", "DB_PASSWORD": self.db_password,
            "REDIS_HOST": "127.0.0.1", "REDIS_PORT": str(self.redis_port),
            "REDIS_PASSWORD": self.redis_password,
            "TICKET_LOCK_LIFETIME": str(self.ticket_lock_lifetime),
            # the replicas see nginx's address only: nginx limits per client address
            "RATE_LIMIT_PER_ADDRESS": "0",
        }

    def _spawn(self, name: str, argv: list[str], env: dict | None = None,
               user: str | None = None) -> subprocess.Popen:
        log = self.dir / f"{name}.log"
        preexec = None
        if user and os.geteuid() == 0:
            record = pwd.getpwnam(user)

            def preexec() -> None:
                os.setgid(record.pw_gid)
                os.setuid(record.pw_uid)
        process = subprocess.Popen(argv, cwd=ROOT, env=env or os.environ.copy(),
                                   stdout=log.open("a"), stderr=subprocess.STDOUT,
                                   start_new_session=True, preexec_fn=preexec)
        self.processes[name] = process
        return process

    # -- the stores ------------------------------------------------------------------

    def _start_postgres(self) -> None:
        data = self.dir / "pg"
        run_as = "postgres" if os.geteuid() == 0 else None
        if data.exists():
            shutil.rmtree(data)
        data.mkdir(parents=True)
        pwfile = self.dir / "pg-password"
        pwfile.write_text(self.db_password + "\n")
        if run_as:
            record = pwd.getpwnam(run_as)
            for path in (data, pwfile, self.dir):
                os.chown(path, record.pw_uid, record.pw_gid)
        init = self._spawn("postgres-init", [postgres_bin("initdb"), "-D", str(data), "-U",
                                             "mlcareer", "--auth=scram-sha-256",
                                             f"--pwfile={pwfile}", "-E", "UTF8"], user=run_as)
        if init.wait(timeout=120) != 0:
            raise RuntimeError((self.dir / "postgres-init.log").read_text()[-2000:])
        pwfile.unlink()
        process = self._spawn("postgres", [
            postgres_bin("postgres"), "-D", str(data), "-h", "127.0.0.1", "-p",
            str(self.pg_port), "-k", str(data), "-c", "fsync=on", "-c", "max_connections=100",
        ], user=run_as)
        wait_port(self.pg_port, process, self.dir / "postgres.log", 60)
        env = {**os.environ, "PGPASSWORD": self.db_password}
        for _ in range(50):  # the port opens a moment before connections are accepted
            created = subprocess.run(
                [postgres_bin("createdb"), "-h", "127.0.0.1", "-p", str(self.pg_port), "-U",
                 "mlcareer", "mlcareer"], env=env, capture_output=True, text=True)
            if created.returncode == 0:
                return
            time.sleep(0.2)
        raise RuntimeError(f"createdb failed: {created.stderr}")

    def _start_redis(self) -> None:
        conf = self.dir / "redis.conf"
        conf.write_text(f"bind 127.0.0.1\nport {self.redis_port}\nsave \"\"\n"
                        f"appendonly no\nrequirepass {self.redis_password}\n"
                        f"dir {self.dir}\n")
        conf.chmod(0o600)
        process = self._spawn("redis", [program("redis-server", "redis-server"), str(conf)])
        wait_port(self.redis_port, process, self.dir / "redis.log", 30)

    def _start_nginx(self) -> None:
        (self.dir / "tmp").mkdir(exist_ok=True)
        os.chmod(self.dir / "tmp", 0o777)
        conf = self.dir / "nginx.conf"
        conf.write_text(NGINX_CONF.format(
            dir=self.dir, port=self.port, action_port=self.action_proxy_port, rate=self.rate,
            burst=self.burst, connections=self.connections,
            rasa_servers="\n".join(f"        server 127.0.0.1:{p} max_fails=1 fail_timeout=5s;"
                                   for p in self.rasa_ports),
            action_servers="\n".join(f"        server 127.0.0.1:{p} max_fails=1 fail_timeout=5s;"
                                     for p in self.action_ports)))
        process = self._spawn("nginx", [program("nginx", "nginx-light"), "-c", str(conf),
                                        "-p", str(self.dir), "-g", "daemon off;"])
        wait_port(self.port, process, self.dir / "nginx.log", 30)

    # -- the servers -----------------------------------------------------------------

    def start_action_server(self, index: int) -> subprocess.Popen:
        return self._spawn(f"actions-{index}", action_server_command(self.action_ports[index]),
                           env=self.rasa_env())

    def start_replica(self, index: int) -> subprocess.Popen:
        credentials = self.dir / "credentials.yml"
        if not credentials.exists():
            credentials.write_text("channels.rest.RestInput:\n")
        command = rasa_server_command(MODEL, self.rasa_ports[index],
                                      ROOT / "endpoints.production.yml", credentials)
        return self._spawn(f"rasa-{index}", command,
                           env={**self.rasa_env(), "RASA_API_TOKEN": self.token})

    def wait_replica(self, index: int, timeout: float = 300) -> None:
        wait_http(f"http://127.0.0.1:{self.rasa_ports[index]}/", self.processes[f"rasa-{index}"],
                  self.dir / f"rasa-{index}.log", timeout)

    def wait_action_server(self, index: int, timeout: float = 120) -> None:
        wait_http(f"http://127.0.0.1:{self.action_ports[index]}/health",
                  self.processes[f"actions-{index}"], self.dir / f"actions-{index}.log", timeout)

    def kill(self, name: str) -> None:
        process = self.processes[name]
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()

    def up(self) -> Cluster:
        if not MODEL.is_file():
            raise SystemExit("models/mlcareer.tar.gz is missing: run `make train`")
        self._fresh_directory()
        try:
            self._start_postgres()
            self._start_redis()
            for i in range(self.actions):
                self.start_action_server(i)
            for i in range(self.replicas):
                self.start_replica(i)
            self._start_nginx()
            for i in range(self.actions):
                self.wait_action_server(i)
            for i in range(self.replicas):
                self.wait_replica(i)
        except BaseException:
            self.down()
            raise
        return self

    def _fresh_directory(self) -> None:
        """An empty directory, but for the previous run's logs (in previous/), owner only."""
        os.umask(0o077)
        if self.dir.exists():
            previous = self.dir / "previous"
            shutil.rmtree(previous, ignore_errors=True)
            previous.mkdir()
            for log in self.dir.glob("*.log"):
                log.rename(previous / log.name)
            for path in self.dir.iterdir():
                if path != previous:
                    shutil.rmtree(path) if path.is_dir() else path.unlink()
        self.dir.mkdir(parents=True, exist_ok=True)
        for directory in (self.dir, self.dir.parent if self.dir.parent == ROOT / "var" else None):
            if directory:
                os.chmod(directory, 0o711)

    def restart_stopped(self) -> list[str]:
        """Starts again every Rasa replica and action server that has stopped."""
        restarted = []
        for name, process in list(self.processes.items()):
            kind, _, index = name.partition("-")
            if process.poll() is None or kind not in ("rasa", "actions"):
                continue
            print(f"{time.strftime('%H:%M:%S')} {name} stopped ({process.returncode}); "
                  f"restarting it (log: {self.dir / name}.log)", file=sys.stderr, flush=True)
            start = self.start_replica if kind == "rasa" else self.start_action_server
            start(int(index))
            restarted.append(name)
        return restarted

    def down(self) -> None:
        for process in reversed(list(self.processes.values())):
            if process.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes.values():
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def main() -> None:
    # `kill` (SIGTERM) stops the whole cluster, as Ctrl-C does: the servers run in
    # sessions of their own, so nothing else would stop them.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    cluster = Cluster()
    print("Starting PostgreSQL, Redis, 2 action servers, 2 Rasa replicas and nginx "
          f"(logs in {cluster.dir.relative_to(ROOT)}/)...", flush=True)
    cluster.up()
    print(f"""
The cluster is running.
  Chat over REST (nginx -> Rasa replicas on ports {', '.join(map(str, cluster.rasa_ports))}):
    curl -s {cluster.url}/webhooks/rest/webhook \\
      -H 'Content-Type: application/json' \\
      -d '{{"sender": "me", "message": "How much does a bootcamp cost?"}}'
  PostgreSQL 127.0.0.1:{cluster.pg_port} (conversations), \
Redis 127.0.0.1:{cluster.redis_port} (locks)
A Rasa replica or action server that stops is restarted. Press Ctrl-C to stop.""",
          flush=True)
    stores = [cluster.processes[name] for name in ("postgres", "redis", "nginx")]
    try:
        while all(p.poll() is None for p in stores):
            cluster.restart_stopped()  # a Rasa replica or action server: back in seconds
            time.sleep(1)
        print("PostgreSQL, Redis or nginx stopped; see the logs in var/cluster/.",
              file=sys.stderr)
    except KeyboardInterrupt:
        pass
    finally:
        cluster.down()


if __name__ == "__main__":
    main()
