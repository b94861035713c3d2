// docker-compose's `cluster` profile must run what `npm run cluster` runs (cluster.ts).
// No Docker engine on these machines, so `docker compose config` cannot check it: the file is
// validated against the Compose specification's JSON schema (dclint's copy), and its
// services and their environment are compared with what startCluster gives each node.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DCLinter } from "dclint";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CLUSTER_DEFAULTS, CLUSTER_NGINX_TEMPLATE, collabNodeEnv, webNodeEnv } from "./cluster";
import { renderTemplate, upstreamServers } from "./nginx";

const COMPOSE_FILE = resolve(import.meta.dirname, "../../../docker-compose.yml");
/** What dclint reports when a file does not parse or breaks the Compose schema. */
const NOT_A_COMPOSE_FILE = new Set<string>(["invalid-yaml", "invalid-schema", "unknown-error"]);

interface Service {
  profiles?: string[];
  image?: string;
  build?: { target?: string };
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, unknown>;
}

const compose = parse(readFileSync(COMPOSE_FILE, "utf8"), { merge: true }) as {
  services: Record<string, Service>;
};
const services = compose.services;
const inCluster = Object.entries(services).filter(([, service]) => service.profiles?.includes("cluster"));
const named = (prefix: string) => inCluster.filter(([name]) => name.startsWith(prefix)).map(([name]) => name);
const env = (name: string) => services[name]?.environment ?? {};

/** The services `docker compose --profile cluster up nginx` starts: nginx and what it depends on. */
function startedWith(root: string): Set<string> {
  const started = new Set<string>();
  const visit = (name: string) => {
    if (started.has(name)) return;
    started.add(name);
    for (const dependency of Object.keys(services[name]?.depends_on ?? {})) visit(dependency);
  };
  visit(root);
  return started;
}

describe("docker-compose's cluster profile", () => {
  it("is a valid Compose file by the specification's schema", () => {
    // dclint's style rules are not this project's; only what it reports before them counts.
    const [result] = new DCLinter({ rules: {}, quiet: true, debug: false, exclude: [] }).lintFiles(
      [COMPOSE_FILE],
      false,
    );
    const unreadable = result?.messages.filter((message) => NOT_A_COMPOSE_FILE.has(message.rule));
    expect(unreadable).toEqual([]);
  });

  it("starts the nodes npm run cluster starts, on one Postgres", () => {
    expect(named("web-")).toHaveLength(CLUSTER_DEFAULTS.webNodes);
    expect(named("collab-")).toHaveLength(CLUSTER_DEFAULTS.collabNodes);
    expect(named("livekit-")).toHaveLength(CLUSTER_DEFAULTS.livekitNodes);
    expect([...startedWith("nginx")].sort()).toEqual(
      ["nginx", "redis", "postgres", ...named("web-"), ...named("collab-"), ...named("livekit-")].sort(),
    );
    for (const name of named("web-")) expect(services[name]?.build?.target).toBe("web");
    for (const name of named("collab-")) expect(services[name]?.build?.target).toBe("collab");
  });

  it("gives each web and collab node the environment startCluster gives it", () => {
    const shared = ["DATABASE_URL", "NEXTAUTH_SECRET", "BOARD_TOKEN_SECRET"];
    const web = webNodeEnv(
      { web: "http://localhost:3000", collab: "ws://localhost:1234", livekit: "ws://localhost:7880" },
      { apiKey: "key", apiSecret: "secret" },
    );
    for (const name of named("web-")) {
      expect(Object.keys(env(name)).sort()).toEqual([...shared, ...Object.keys(web)].sort());
      expect(env(name).TRUSTED_PROXY_HOPS).toBe(web.TRUSTED_PROXY_HOPS);
      // What browsers are sent to is nginx, on the ports it publishes.
      expect(env(name).NEXTAUTH_URL).toBe(web.NEXTAUTH_URL);
      expect(env(name).COLLAB_PUBLIC_URL).toBe(web.COLLAB_PUBLIC_URL);
      expect(env(name).LIVEKIT_URL).toBe(web.LIVEKIT_URL);
    }
    const collab = collabNodeEnv("http://nginx:1234");
    for (const name of named("collab-")) {
      expect(Object.keys(env(name)).sort()).toEqual([...shared, ...Object.keys(collab)].sort());
      expect(pick(env(name), Object.keys(collab))).toEqual(collab);
    }
  });

  it("renders the cluster's nginx template with upstreams over exactly those nodes", () => {
    const nginx = env("nginx");
    // Throws on a placeholder without a value.
    expect(renderTemplate(CLUSTER_NGINX_TEMPLATE, nginx)).toContain("upstream mockboard_web");
    expect(services.nginx?.volumes).toContain(
      "./infra/nginx/cluster.conf.template:/etc/nginx/templates/mockboard.conf.template:ro",
    );
    const on = (names: string[], port: number) => upstreamServers(names.map((name) => `${name}:${port}`));
    expect(nginx.MOCKBOARD_WEB_SERVERS).toBe(on(named("web-"), 3000));
    expect(nginx.MOCKBOARD_COLLAB_SERVERS).toBe(on(named("collab-"), 1234));
    expect(nginx.MOCKBOARD_LIVEKIT_SERVERS).toBe(on(named("livekit-"), 7880));
    expect(services.nginx?.ports).toEqual([
      "127.0.0.1:3000:3000",
      "127.0.0.1:1234:1234",
      "127.0.0.1:7880:7880",
    ]);
  });

  it("runs LiveKit in distributed mode on the Redis, each node with media ports of its own", () => {
    const mediaPorts: number[] = [];
    for (const name of named("livekit-")) {
      const config = parse(env(name).LIVEKIT_CONFIG ?? "") as {
        rtc: { tcp_port: number; udp_port: number; node_ip: string };
        redis: { address: string };
        webhook: { urls: string[] };
        room?: { auto_create?: boolean };
      };
      expect(config.redis.address).toBe("redis:6379");
      // As startLivekit and infra/livekit.yaml: only the web app makes rooms (#19.8).
      expect(config.room?.auto_create).toBe(false);
      // As in startCluster: webhooks go through nginx to whichever web node is up.
      expect(config.webhook.urls).toEqual(["http://nginx:3000/api/livekit/webhook"]);
      expect(services[name]?.ports).toEqual([
        `127.0.0.1:${config.rtc.tcp_port}:${config.rtc.tcp_port}`,
        `127.0.0.1:${config.rtc.udp_port}:${config.rtc.udp_port}/udp`,
      ]);
      mediaPorts.push(config.rtc.tcp_port, config.rtc.udp_port);
    }
    expect(new Set(mediaPorts).size).toBe(mediaPorts.length);
  });
});

function pick(values: Record<string, string>, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.map((key) => [key, values[key] ?? ""]));
}
