// A real LiveKit server on loopback for the dev stack and the tests. No npm or Debian
// package carries it, so scripts/livekit-server.sh builds the version pinned in
// infra/livekit/go.mod once from the Go module proxy and caches the binary in .tools/.
import { randomBytes } from "node:crypto";
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { freePort, freeUdpPort } from "./ports";
import { portInUse, startService, waitForHttp } from "./processes";

const root = resolve(import.meta.dirname, "../../..");
const MODULE = "github.com/livekit/livekit-server";
/** LiveKit logs a complaint about shorter secrets; we refuse them. */
const MIN_SECRET_LENGTH = 32;

export interface LivekitOptions {
  /** HTTP and WebSocket port on 127.0.0.1; a free one when unset. */
  port?: number;
  /** Generated when unset. */
  apiKey?: string;
  /** At least 32 characters; generated when unset. */
  apiSecret?: string;
  /** Where the config file goes; a temporary directory (removed on stop) when unset. */
  dataDir?: string;
  /** LiveKit posts room events here, signed with `apiKey` (WebhookReceiver checks them). */
  webhookUrls?: string[];
  /** Binary to run; `livekitBinary()` when unset. */
  binary?: string;
  /** LiveKit's log level. */
  logLevel?: "debug" | "info" | "warn" | "error";
  /** Keep LiveKit's logs out of this process's output (they still appear in errors). */
  quiet?: boolean;
  /**
   * Distributed mode: the Redis (host:port) every node of the cluster shares. Nodes need
   * the same keys; each gets its own ports here.
   */
  redis?: string;
  /** The name in this process's log prefix (several nodes in one cluster). */
  name?: string;
}

export interface LivekitHandle {
  /** Where clients connect: `ws://127.0.0.1:PORT`. */
  url: string;
  /** The same server for server SDKs (RoomServiceClient): `http://127.0.0.1:PORT`. */
  httpUrl: string;
  port: number;
  /**
   * Media ports. UDP binds to 127.0.0.1; LiveKit binds its ICE-over-TCP fallback on all
   * interfaces (it has no setting for that address), but only answers ICE for sessions
   * negotiated through the loopback-only signalling port.
   */
  rtcPorts: { tcp: number; udp: number };
  apiKey: string;
  apiSecret: string;
  stop(): Promise<void>;
}

/** The LiveKit server version pinned in infra/livekit/go.mod, e.g. `v1.9.11`. */
export function pinnedLivekitVersion(): string {
  const goMod = readFileSync(join(root, "infra/livekit/go.mod"), "utf8");
  // `require github.com/livekit/livekit-server v1.9.11` or the same line inside a block.
  const version = /^\s*(?:require\s+)?github\.com\/livekit\/livekit-server\s+(v\S+)/m.exec(goMod)?.[1];
  if (!version) throw new Error(`no ${MODULE} version pinned in infra/livekit/go.mod`);
  return version;
}

/** Where scripts/livekit-server.sh caches the binary of the pinned version. */
export function cachedLivekitBinary(): string {
  return join(root, ".tools", `livekit-server-${pinnedLivekitVersion()}`, "livekit-server");
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The LiveKit server binary: `LIVEKIT_SERVER_BIN` when set, else the cached build of the
 * pinned version, else built now by scripts/livekit-server.sh (about 3 minutes, once).
 * Rejects with the script's explanation when it cannot be built (no Go, no network).
 */
export async function livekitBinary(): Promise<string> {
  const fromEnv = process.env.LIVEKIT_SERVER_BIN;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`LIVEKIT_SERVER_BIN=${fromEnv} is not an executable file`);
    return fromEnv;
  }
  const cached = cachedLivekitBinary();
  if (isExecutable(cached)) return cached;

  const script = startService("livekit", "bash", [join(root, "scripts/livekit-server.sh")], {
    cwd: root,
    quiet: true,
  });
  let stdout = "";
  const stderr: string[] = [];
  script.child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString("utf8");
  });
  script.child.stderr?.on("data", (chunk: Buffer) => {
    const text = chunk.toString("utf8");
    stderr.push(text);
    // The one-time build takes minutes: say so as it happens.
    for (const line of text.split("\n")) if (line.startsWith("›")) process.stderr.write(`livekit│ ${line}\n`);
  });
  const code = await script.exited;
  const binary = stdout.trim().split("\n").at(-1) ?? "";
  if (code !== 0 || !isExecutable(binary)) {
    const why = stderr.join("").trim().split("\n").slice(-8).join("\n");
    throw new Error(`could not build the LiveKit server (scripts/livekit-server.sh exit ${code}): ${why}`);
  }
  return binary;
}

/** Writes the server's config: everything on 127.0.0.1, media included. */
function loopbackConfig(options: {
  port: number;
  tcpPort: number;
  udpPort: number;
  apiKey: string;
  apiSecret: string;
  webhookUrls: string[];
  logLevel: string;
  redis?: string;
}): string {
  const q = (value: string | number) => JSON.stringify(value);
  const lines = [
    "# Written by @mockboard/devkit startLivekit(): a LiveKit server reachable on loopback only.",
    `port: ${options.port}`,
    'bind_addresses: ["127.0.0.1"]',
    "rtc:",
    `  tcp_port: ${options.tcpPort}`,
    `  udp_port: ${options.udpPort}`,
    "  use_external_ip: false",
    "  node_ip: 127.0.0.1",
    // Without these two, UDP binds to the machine's external address and media never
    // flows between pages on 127.0.0.1.
    "  enable_loopback_candidate: true",
    "  interfaces:",
    '    includes: ["lo"]',
    // Rooms are made by the web app for open sessions only: a token for a room it closed
    // (a session that ended, a room left behind by a removal) must not open it again.
    "room:",
    "  auto_create: false",
    "keys:",
    `  ${q(options.apiKey)}: ${q(options.apiSecret)}`,
    "logging:",
    `  level: ${options.logLevel}`,
  ];
  if (options.redis) lines.push("redis:", `  address: ${q(options.redis)}`);
  if (options.webhookUrls.length) {
    lines.push("webhook:", `  api_key: ${q(options.apiKey)}`, "  urls:");
    for (const url of options.webhookUrls) lines.push(`    - ${q(url)}`);
  }
  return `${lines.join("\n")}\n`;
}

/** LiveKit reads these from the environment and lets them override the config file. */
const OVERRIDING_ENV = [
  "LIVEKIT_CONFIG",
  "LIVEKIT_KEYS",
  "LIVEKIT_REGION",
  "LIVEKIT_TURN_CERT",
  "LIVEKIT_TURN_KEY",
  "NODE_IP",
  "UDP_PORT",
  "REDIS_HOST",
  "REDIS_PASSWORD",
];

/** Starts a LiveKit server on 127.0.0.1 and resolves once it answers. */
export async function startLivekit(options: LivekitOptions = {}): Promise<LivekitHandle> {
  const apiKey = options.apiKey ?? `mockboard_${randomBytes(6).toString("hex")}`;
  const apiSecret = options.apiSecret ?? randomBytes(32).toString("base64url");
  if (!apiKey.trim()) throw new Error("LiveKit API key is empty");
  if (apiSecret.length < MIN_SECRET_LENGTH)
    throw new Error(`LiveKit API secret must be at least ${MIN_SECRET_LENGTH} characters`);
  const port = options.port ?? (await freePort());
  if (await portInUse(port)) throw new Error(`port ${port} is in use; LiveKit needs it (set LIVEKIT_PORT)`);
  const [tcpPort, udpPort] = await Promise.all([freePort(), freeUdpPort()]);
  const binary = options.binary ?? (await livekitBinary());

  const ownDir = options.dataDir === undefined;
  const dir = options.dataDir ?? mkdtempSync(join(tmpdir(), "mockboard-livekit-"));
  mkdirSync(dir, { recursive: true });
  const configFile = join(dir, "livekit.yaml");
  writeFileSync(
    configFile,
    loopbackConfig({
      port,
      tcpPort,
      udpPort,
      apiKey,
      apiSecret,
      webhookUrls: options.webhookUrls ?? [],
      logLevel: options.logLevel ?? "info",
      redis: options.redis,
    }),
    { mode: 0o600 },
  );
  const cleanUp = () => {
    if (ownDir) rmSync(dir, { recursive: true, force: true });
  };

  const env: NodeJS.ProcessEnv = {};
  for (const name of OVERRIDING_ENV) env[name] = undefined;
  const service = startService(options.name ?? "livekit", binary, ["--config", configFile], {
    cwd: dir,
    env,
    quiet: options.quiet,
  });
  const recent: string[] = [];
  const keep = (chunk: Buffer) => {
    recent.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    recent.splice(0, Math.max(0, recent.length - 20));
  };
  service.child.stdout?.on("data", keep);
  service.child.stderr?.on("data", keep);
  let exited = false;
  void service.exited.then(() => {
    exited = true;
  });
  // A test runner or dev stack that dies must not leave the server behind.
  const killOnExit = () => service.child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const stop = async () => {
    process.removeListener("exit", killOnExit);
    await service.stop();
    cleanUp();
  };

  const httpUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${httpUrl}/`, 30_000, () => !exited);
    const body = await (await fetch(`${httpUrl}/`)).text();
    if (body.trim() !== "OK")
      throw new Error(`${httpUrl}/ answered ${JSON.stringify(body.slice(0, 80))}, not LiveKit's OK`);
  } catch (error) {
    await stop();
    const logs = recent.length ? `\n${recent.join("\n")}` : "";
    throw new Error(`LiveKit did not start on 127.0.0.1:${port}: ${(error as Error).message}${logs}`);
  }
  return {
    url: `ws://127.0.0.1:${port}`,
    httpUrl,
    port,
    rtcPorts: { tcp: tcpPort, udp: udpPort },
    apiKey,
    apiSecret,
    stop,
  };
}
