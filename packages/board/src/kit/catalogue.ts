// The board kit's building blocks: what a system design is drawn with. The component
// shape's `kind` validator is made from COMPONENT_KINDS, so the collab server refuses a
// kind that is not here; adding one is adding an entry (no migration: old boards never
// hold it), removing or renaming one needs a shape migration.

export const COMPONENT_KINDS = [
  "client",
  "dns",
  "cdn",
  "load-balancer",
  "api-gateway",
  "service",
  "worker",
  "sql-database",
  "nosql-database",
  "cache",
  "queue",
  "stream",
  "object-store",
  "search-index",
  "external-api",
] as const;

export type ComponentKind = (typeof COMPONENT_KINDS)[number];

/** tldraw's colour names (DefaultColorStyle) the kit uses: one per family of components. */
export type KitColor = "blue" | "green" | "violet" | "red" | "orange" | "grey";

export type KitGroup = "Edge" | "Compute" | "Data" | "Messaging" | "Outside";

export interface ComponentEntry {
  kind: ComponentKind;
  /** The label a new component gets, and the name the palette and `/` show. */
  name: string;
  group: KitGroup;
  /** Other names people type for it: products, abbreviations, synonyms. */
  aliases: readonly string[];
  /** Its own colour where its family's would hide it (the cache among the databases). */
  color?: KitColor;
}

/** The colour of each family, so a board reads at a glance: data violet, messaging orange... */
export const GROUP_COLORS: Record<KitGroup, KitColor> = {
  Edge: "blue",
  Compute: "green",
  Data: "violet",
  Messaging: "orange",
  Outside: "grey",
};

export const COMPONENTS: readonly ComponentEntry[] = [
  {
    kind: "client",
    name: "Client",
    group: "Edge",
    aliases: ["browser", "mobile app", "web app", "user", "phone", "frontend", "device"],
  },
  { kind: "dns", name: "DNS", group: "Edge", aliases: ["domain name system", "route 53", "resolver"] },
  {
    kind: "cdn",
    name: "CDN",
    group: "Edge",
    aliases: ["content delivery network", "edge cache", "cloudfront", "akamai", "fastly", "static assets"],
  },
  {
    kind: "load-balancer",
    name: "Load balancer",
    group: "Edge",
    aliases: ["lb", "elb", "alb", "nginx", "haproxy", "reverse proxy", "envoy"],
  },
  {
    kind: "api-gateway",
    name: "API gateway",
    group: "Edge",
    aliases: ["gateway", "ingress", "bff", "backend for frontend", "kong", "auth proxy"],
  },
  {
    kind: "service",
    name: "Service",
    group: "Compute",
    aliases: ["server", "app server", "backend", "microservice", "web server", "application", "api server"],
  },
  {
    kind: "worker",
    name: "Worker",
    group: "Compute",
    aliases: ["consumer", "background job", "cron", "batch", "processor", "scheduler", "lambda"],
  },
  {
    kind: "sql-database",
    name: "SQL database",
    group: "Data",
    aliases: ["database", "db", "relational", "rdbms", "postgres", "postgresql", "mysql", "aurora"],
  },
  {
    kind: "nosql-database",
    name: "NoSQL database",
    group: "Data",
    aliases: [
      "database",
      "db",
      "key value store",
      "kv",
      "document store",
      "wide column",
      "dynamodb",
      "cassandra",
      "mongodb",
    ],
  },
  { kind: "cache", name: "Cache", group: "Data", aliases: ["redis", "memcached", "in memory"], color: "red" },
  {
    kind: "object-store",
    name: "Object store",
    group: "Data",
    aliases: ["blob storage", "s3", "gcs", "bucket", "file storage"],
  },
  {
    kind: "search-index",
    name: "Search index",
    group: "Data",
    aliases: ["elasticsearch", "opensearch", "solr", "inverted index", "full text search"],
  },
  {
    kind: "queue",
    name: "Queue",
    group: "Messaging",
    aliases: ["message queue", "mq", "sqs", "rabbitmq", "task queue"],
  },
  {
    kind: "stream",
    name: "Stream",
    group: "Messaging",
    aliases: ["event stream", "log", "kafka", "kinesis", "pub sub", "event bus", "pulsar"],
  },
  {
    kind: "external-api",
    name: "External API",
    group: "Outside",
    aliases: ["third party", "3rd party", "partner api", "payment provider", "stripe", "webhook"],
  },
];

const byKind = new Map(COMPONENTS.map((entry) => [entry.kind, entry]));

export function componentEntry(kind: ComponentKind): ComponentEntry {
  const entry = byKind.get(kind);
  if (!entry) throw new Error(`No board component "${kind}"`);
  return entry;
}

/** The colour a new component of this kind gets. */
export function componentColor(kind: ComponentKind): KitColor {
  const entry = componentEntry(kind);
  return entry.color ?? GROUP_COLORS[entry.group];
}

export const TEMPLATE_IDS = ["capacity-estimate", "api-sketch", "data-model"] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface TemplateEntry {
  template: TemplateId;
  name: string;
  aliases: readonly string[];
}

/** Blocks of built-in shapes (a frame with cells) an interviewer or candidate fills in. */
export const TEMPLATES: readonly TemplateEntry[] = [
  {
    template: "capacity-estimate",
    name: "Capacity estimate",
    aliases: ["estimation", "back of the envelope", "qps", "storage", "bandwidth", "numbers", "table"],
  },
  {
    template: "api-sketch",
    name: "API sketch",
    aliases: ["endpoints", "rest", "grpc", "routes", "interface"],
  },
  { template: "data-model", name: "Data model", aliases: ["schema", "tables", "entities", "erd"] },
];

/** Anything the palette and `/` insert: a component or a template. */
export type KitEntry = ComponentEntry | TemplateEntry;

export const KIT_ENTRIES: readonly KitEntry[] = [...COMPONENTS, ...TEMPLATES];

export function isComponentEntry(entry: KitEntry): entry is ComponentEntry {
  return "kind" in entry;
}

/** A stable key for a kit entry: the component's kind or the template's id. */
export function entryKey(entry: KitEntry): string {
  return isComponentEntry(entry) ? entry.kind : entry.template;
}
