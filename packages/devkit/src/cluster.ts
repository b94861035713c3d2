// Mockboard as a cluster on one machine: nginx in front (infra/nginx/cluster.conf.template),
// several web, collab and LiveKit nodes behind it, Redis for LiveKit, one Postgres (the
// caller's). Used by `npm run cluster` (scripts/dev-stack.ts --cluster), the cluster tests
// and the collab benchmark. Every node listens on 127.0.0.1 on a port of its own; each can
// be killed and started again on the same port.
import { randomBytes } from "node:crypto";
import { resolve } from "node:path";
import { startCollabServer } from "./collab-server";
import { type LivekitHandle, startLivekit } from "./livekit";
import { type NginxHandle, startNginx, upstreamServers } from "./nginx";
import { freePort } from "./ports";
import { type Service, waitForHttp } from "./processes";
import { type RedisHandle, startRedis } from "./redis";
import { startWebServer } from "./web-server";

export interface ClusterOptions {
  /** The checkout to run (its web build must exist when there are web nodes). */
  root: string;
  databaseUrl: string;
  /** NEXTAUTH_SECRET and BOARD_TOKEN_SECRET, shared by every node; more env for web and collab. */
  env: Record<string, string>;
  webNodes?: number;
  collabNodes?: number;
  /** 0 for a cluster without video. */
  livekitNodes?: number;
  /** The key pair every LiveKit node and web node shares; generated when unset. */
  livekitKeys?: { apiKey: string; apiSecret: string };
  /** The ports nginx listens on (free ones when unset). */
  ports?: { web?: number; collab?: number; livekit?: number };
  /** The host browsers use in URLs (NEXTAUTH_URL, COLLAB_PUBLIC_URL, LIVEKIT_URL). */
  publicHost?: string;
  /** Extra environment for the collab nodes only (COLLAB_LEASE_TTL_MS, ...). */
  collabEnv?: Record<string, string>;
  /** Runs the web nodes as the dev stack's demo (`--demo`). */
  demo?: boolean;
  quiet?: boolean;
}

export interface ClusterNode {
  name: string;
  /** Where the node itself listens: `127.0.0.1:port`, as nginx names it. */
  address: string;
  port: number;
  /** Collab nodes: their internal metrics port (GET /metrics, GET /ownership). */
  metricsPort?: number;
  /** The running process, or null after kill()/stop(). */
  readonly service: Service | null;
  /** Sends `signal` to the process (SIGKILL, SIGSTOP, SIGCONT...). */
  signal(signal: NodeJS.Signals): void;
  /** SIGKILL, resolving once the process is gone (until then the kernel still accepts its connections). */
  kill(): Promise<void>;
  /** Starts it again on the same port; resolves once it answers. */
  start(): Promise<void>;
  /** Stops it cleanly (SIGTERM). */
  stop(): Promise<void>;
}

export interface Cluster {
  urls: { web: string; collab: string; livekit: string | null };
  nginx: NginxHandle;
  web: ClusterNode[];
  collab: ClusterNode[];
  livekit: LivekitHandle[];
  redis: RedisHandle | null;
  stop(): Promise<void>;
}

/** The nginx template every cluster renders (docker-compose's `cluster` profile too). */
export const CLUSTER_NGINX_TEMPLATE = resolve(
  import.meta.dirname,
  "../../../infra/nginx/cluster.conf.template",
);

/** Nodes per tier when the options do not say (`npm run cluster`). */
export const CLUSTER_DEFAULTS = { webNodes: 2, collabNodes: 2, livekitNodes: 2 } as const;

/** What a collab node is given besides the shared secrets and DATABASE_URL. */
export function collabNodeEnv(routerUrl: string): Record<string, string> {
  // Nodes ask nginx where a document belongs, and ping boards well within its read timeout.
  return { COLLAB_ROUTER_URL: routerUrl, COLLAB_HEARTBEAT_MS: "5000" };
}

/** What a web node is given besides the shared secrets and DATABASE_URL. */
export function webNodeEnv(
  urls: { web: string; collab: string; livekit: string | null },
  keys: { apiKey: string; apiSecret: string },
): Record<string, string> {
  return {
    NEXTAUTH_URL: urls.web,
    COLLAB_PUBLIC_URL: urls.collab,
    ...(urls.livekit
      ? { LIVEKIT_URL: urls.livekit, LIVEKIT_API_KEY: keys.apiKey, LIVEKIT_API_SECRET: keys.apiSecret }
      : {}),
    // nginx appends the client's address to X-Forwarded-For.
    TRUSTED_PROXY_HOPS: "1",
  };
}

function node(name: string, port: number, launch: () => Promise<Service>, metricsPort?: number): ClusterNode {
  let service: Service | null = null;
  return {
    name,
    address: `127.0.0.1:${port}`,
    port,
    metricsPort,
    get service() {
      return service;
    },
    signal(signal) {
      service?.child.kill(signal);
      if (signal === "SIGKILL") service = null;
    },
    async kill() {
      const killed = service;
      service = null;
      killed?.child.kill("SIGKILL");
      await killed?.exited;
    },
    async start() {
      if (service && service.child.exitCode === null && service.child.signalCode === null)
        throw new Error(`${name} is already running`);
      service = await launch();
    },
    async stop() {
      await service?.stop();
      service = null;
    },
  };
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const quiet = options.quiet ?? true;
  const host = options.publicHost ?? "localhost";
  const [webPort, collabPort, livekitPort] = await Promise.all([
    options.ports?.web ?? freePort(),
    options.ports?.collab ?? freePort(),
    options.ports?.livekit ?? freePort(),
  ]);
  const urls = {
    web: `http://${host}:${webPort}`,
    collab: `ws://${host}:${collabPort}`,
    livekit:
      (options.livekitNodes ?? CLUSTER_DEFAULTS.livekitNodes) > 0 ? `ws://${host}:${livekitPort}` : null,
  };
  const keys = options.livekitKeys ?? {
    apiKey: `mockboard_${randomBytes(6).toString("hex")}`,
    apiSecret: randomBytes(32).toString("base64url"),
  };
  const collabNodes: ClusterNode[] = [];
  const webNodes: ClusterNode[] = [];
  const livekit: LivekitHandle[] = [];
  let redis: RedisHandle | null = null;
  let nginx: NginxHandle | null = null;

  const stop = async () => {
    await Promise.all([...webNodes, ...collabNodes].map((each) => each.stop()));
    await Promise.all(livekit.map((each) => each.stop()));
    await redis?.stop();
    await nginx?.stop();
  };

  try {
    if (urls.livekit) {
      redis = await startRedis({ quiet });
      for (let i = 1; i <= (options.livekitNodes ?? CLUSTER_DEFAULTS.livekitNodes); i++) {
        livekit.push(
          await startLivekit({
            ...keys,
            redis: redis.address,
            // Through nginx: whichever web node is up records the event.
            webhookUrls: [`http://127.0.0.1:${webPort}/api/livekit/webhook`],
            name: `livekit-${i}`,
            logLevel: "warn",
            quiet,
          }),
        );
      }
    }

    for (let i = 1; i <= (options.collabNodes ?? CLUSTER_DEFAULTS.collabNodes); i++) {
      const [port, metricsPort] = [await freePort(), await freePort()];
      const name = `collab-${i}`;
      const launch = () =>
        startCollabServer(options.root, {
          name,
          port,
          metricsPort,
          env: {
            ...options.env,
            DATABASE_URL: options.databaseUrl,
            ...collabNodeEnv(`http://127.0.0.1:${collabPort}`),
            LOG_LEVEL: options.env.LOG_LEVEL ?? "warn",
            ...options.collabEnv,
          },
          quiet,
        });
      const each = node(name, port, launch, metricsPort);
      collabNodes.push(each);
      await each.start();
    }

    const webPorts = await Promise.all(
      Array.from({ length: options.webNodes ?? CLUSTER_DEFAULTS.webNodes }, () => freePort()),
    );
    nginx = await startNginx({
      template: CLUSTER_NGINX_TEMPLATE,
      values: {
        MOCKBOARD_WEB_LISTEN: `127.0.0.1:${webPort}`,
        MOCKBOARD_COLLAB_LISTEN: `127.0.0.1:${collabPort}`,
        MOCKBOARD_LIVEKIT_LISTEN: `127.0.0.1:${livekitPort}`,
        // An upstream needs at least one server: a tier without nodes points at nothing listening.
        MOCKBOARD_WEB_SERVERS: upstreamServers(
          webPorts.length ? webPorts.map((p) => `127.0.0.1:${p}`) : ["127.0.0.1:9"],
        ),
        MOCKBOARD_COLLAB_SERVERS: upstreamServers(collabNodes.map((each) => each.address)),
        MOCKBOARD_LIVEKIT_SERVERS: upstreamServers(
          livekit.length ? livekit.map((each) => `127.0.0.1:${each.port}`) : ["127.0.0.1:9"],
        ),
      },
      ports: [webPort, collabPort, livekitPort],
      quiet,
    });

    for (const [index, port] of webPorts.entries()) {
      const name = `web-${index + 1}`;
      const launch = async () => {
        const service = startWebServer(options.root, port, {
          demo: options.demo,
          quiet,
          env: {
            ...options.env,
            DATABASE_URL: options.databaseUrl,
            ...webNodeEnv(urls, keys),
          },
        });
        try {
          await waitForHttp(
            `http://127.0.0.1:${port}/api/health`,
            90_000,
            () => service.child.exitCode === null,
          );
        } catch (error) {
          await service.stop();
          throw error;
        }
        return service;
      };
      webNodes.push(node(name, port, launch));
    }
    // The web nodes start side by side: each takes seconds to load the app.
    await Promise.all(webNodes.map((each) => each.start()));
    return { urls, nginx, web: webNodes, collab: collabNodes, livekit, redis, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
