// nginx (Debian's package; scripts/ensure-system-deps.sh installs it) in front of several
// nodes, for the cluster, its tests and benchmarks. The http-level config comes from a
// template in infra/nginx with ${NAME} placeholders (the same file docker-compose's nginx
// image renders); this writes the process-level part around it, in a directory of its own.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createConnection } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { startService } from "./processes";

export interface NginxOptions {
  /** A template of the http-context configuration (upstreams and servers), e.g. infra/nginx/cluster.conf.template. */
  template: string;
  /** Its ${NAME} values; MOCKBOARD_ACCESS_LOG is set here (the handle's `accessLog`). */
  values: Record<string, string>;
  /** Ports the config listens on on 127.0.0.1: start() resolves once all accept connections. */
  ports: number[];
  quiet?: boolean;
}

export interface NginxHandle {
  pid: number;
  /** The access log: one line per request with the node that served it (`$upstream_addr`). */
  accessLog: string;
  stop(): Promise<void>;
}

/** The nginx binary: NGINX_BIN, else Debian's /usr/sbin/nginx, else the one on PATH. */
export function nginxBinary(): string {
  if (process.env.NGINX_BIN) return process.env.NGINX_BIN;
  if (existsSync("/usr/sbin/nginx")) return "/usr/sbin/nginx";
  try {
    return execFileSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("nginx is missing: run scripts/ensure-system-deps.sh as root, or install Debian's nginx");
  }
}

/** Reads a template and replaces every ${NAME} with `values[NAME]`; a placeholder without a value is an error. */
export function renderTemplate(path: string, values: Record<string, string>): string {
  return readFileSync(path, "utf8").replace(/\$\{([A-Z0-9_]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${path}: no value for \${${name}}`);
    return value;
  });
}

/** `server` lines for an upstream block: every node skipped for `failTimeout` after one failure. */
export function upstreamServers(addresses: string[], failTimeout = "2s"): string {
  return addresses.map((address) => `server ${address} max_fails=1 fail_timeout=${failTimeout};`).join(" ");
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** As root, nginx's workers drop to `nobody`; its group differs between distributions. */
function workerUser(): string | null {
  if (userInfo().uid !== 0) return null;
  const group = execFileSync("id", ["-gn", "nobody"], { encoding: "utf8" }).trim();
  return `nobody ${group}`;
}

/** Starts nginx in the foreground with `config`; resolves once every port in `ports` accepts. */
export async function startNginx(options: NginxOptions): Promise<NginxHandle> {
  const dir = mkdtempSync(join(tmpdir(), "mockboard-nginx-"));
  // Workers (nobody, as root) write request bodies and large responses under temp/.
  chmodSync(dir, 0o755);
  const temp = join(dir, "temp");
  mkdirSync(temp, { mode: 0o777 });
  chmodSync(temp, 0o777);
  const user = workerUser();
  const accessLog = join(dir, "access.log");
  writeFileSync(
    join(dir, "cluster.conf"),
    renderTemplate(options.template, { ...options.values, MOCKBOARD_ACCESS_LOG: accessLog }),
  );
  writeFileSync(
    join(dir, "nginx.conf"),
    [
      "# Written by @mockboard/devkit startNginx(): process settings around cluster.conf.",
      "daemon off;",
      ...(user ? [`user ${user};`] : []),
      "worker_processes 1;",
      `pid ${join(dir, "nginx.pid")};`,
      "error_log stderr warn;",
      "events { worker_connections 4096; }",
      "http {",
      `  client_body_temp_path ${temp}/body;`,
      `  proxy_temp_path ${temp}/proxy;`,
      `  fastcgi_temp_path ${temp}/fastcgi;`,
      `  uwsgi_temp_path ${temp}/uwsgi;`,
      `  scgi_temp_path ${temp}/scgi;`,
      "  access_log off;",
      `  include ${join(dir, "cluster.conf")};`,
      "}",
      "",
    ].join("\n"),
  );
  const binary = nginxBinary();
  const configFile = join(dir, "nginx.conf");
  try {
    execFileSync(binary, ["-t", "-q", "-p", dir, "-c", configFile], { stdio: "pipe" });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? "";
    throw new Error(`nginx refused its config: ${stderr.trim()}`);
  }
  const service = startService("nginx", binary, ["-p", dir, "-c", configFile], { quiet: options.quiet });
  const killOnExit = () => service.child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const stop = async () => {
    process.removeListener("exit", killOnExit);
    // SIGQUIT: finish the requests in flight; SIGTERM after the service's own timeout.
    await service.stop("SIGQUIT");
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (service.child.exitCode !== null) {
      await stop();
      throw new Error("nginx exited at start");
    }
    const open = await Promise.all(options.ports.map(accepts));
    if (open.every(Boolean)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`nginx did not listen on ${options.ports.join(", ")} within 10 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { pid: service.child.pid ?? 0, accessLog, stop };
}
