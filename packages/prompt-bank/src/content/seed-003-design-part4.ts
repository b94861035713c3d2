import type { PromptDefinition, RubricTemplateDefinition } from "../schema";

// Seed 003, section 2 (Object-Oriented Programming): multi-level (CodeSignal-style) prompts, part A.
// Systems: time-based key-value store, in-memory database, C-like memory allocator,
// type inference engine, circuit breaker.

type Phases = PromptDefinition["phases"];

/** Level 1 to 4 plus a wrap-up on production scaling; minutes add up to the prompt length. */
export function oopPhases(
  minutes: 45 | 60,
  goals: { l1: string; l2: string; l3: string; l4: string; wrapUp: string },
): Phases {
  const m: [number, number, number, number, number] =
    minutes === 60 ? [8, 12, 15, 15, 10] : [6, 9, 11, 11, 8];
  return [
    { key: "level-1", title: "Level 1: core classes", minutes: m[0], goal: goals.l1 },
    { key: "level-2", title: "Level 2: constraints and more APIs", minutes: m[1], goal: goals.l2 },
    {
      key: "level-3",
      title: "Level 3: concurrency, performance, correctness",
      minutes: m[2],
      goal: goals.l3,
    },
    { key: "level-4", title: "Level 4: production-like extensibility", minutes: m[3], goal: goals.l4 },
    { key: "wrap-up", title: "Wrap-up: scaling in production", minutes: m[4], goal: goals.wrapUp },
  ];
}

export const OOP_CONTEXT =
  "Multi-level coding exercise in the style of CodeSignal: implement the system in the language of your choice. Levels unlock one after another; each level keeps all earlier behaviour working. Signatures are written Python-style; adapt them idiomatically. Design quality is judged as much as passing tests. Leave time at the end to discuss how you would run this in production.";

const SEED = "003_9a4b8795634bde49" as const;
const REF = "Section 2: Objective-Oriented Programming (multi-level OOP systems)";

export const prompts: PromptDefinition[] = [
  // ---------------------------------------------------------------- time-based key-value store
  {
    slug: "oop-time-based-key-value-store",
    title: "Multi-level OOP: time-based key-value store",
    kind: "CODING",
    roundType: "oop-design",
    difficulty: "MEDIUM",
    minutes: 60,
    tags: [
      "oop-multi-level",
      "key-value-store",
      "versioning",
      "binary-search",
      "ttl",
      "concurrency",
      "write-ahead-log",
    ],
    source: { seed: SEED, ref: `${REF}: Time-Based Key-Value Store` },
    brief: {
      summary:
        "Build a key-value store that remembers every version of a value and answers reads as of a point in time.",
      context: OOP_CONTEXT,
      requirements: [
        "Level 1 (core): class TimeKVStore with set(key: str, value: str, timestamp: int) -> None and get(key: str, timestamp: int) -> str | None, which returns the value written at the largest timestamp less than or equal to the given one. In this level timestamps per key only increase.",
        "Level 1 example: set('a', 'x', 1); set('a', 'y', 5); get('a', 3) -> 'x'; get('a', 5) -> 'y'; get('a', 0) -> None; get('b', 9) -> None.",
        "Level 2 (constraints and APIs): writes may arrive out of timestamp order; delete(key: str, timestamp: int) -> bool hides the key from that timestamp until a later set (returns False if nothing visible to delete); set_with_ttl(key, value, timestamp, ttl: int) -> None makes the value visible only in [timestamp, timestamp + ttl); keys_at(timestamp: int, prefix: str = '') -> list[str] returns visible keys sorted.",
        "Level 2 example: set('a', 'x', 1); set('a', 'y', 5); delete('a', 7); get('a', 6) -> 'y'; get('a', 8) -> None; set_with_ttl('s', 'v', 10, 5); get('s', 14) -> 'v'; get('s', 15) -> None; set('a', 'z', 3); get('a', 4) -> 'z'.",
        "Level 3 (concurrency and performance): the store is used from many threads; get must be O(log v) for v versions of a key; add compact(before_timestamp: int) -> int that drops versions which can no longer affect any read at or after before_timestamp and returns how many were dropped. Reads at or after before_timestamp must return exactly what they returned before compaction.",
        "Level 3 example: versions of 'a' at 1, 3, 5 and a tombstone at 7; compact(6) -> 2 (versions 1 and 3); get('a', 6) -> 'y' still; get('a', 2) is now undefined and may return None.",
        "Level 4 (production-like): constructor TimeKVStore(config: StoreConfig, backend: VersionBackend | None = None, log: LogSink | None = None). StoreConfig has max_versions_per_key (oldest versions evicted beyond it). Every mutation is appended to the log before it is applied; TimeKVStore.recover(config, log) rebuilds state by replaying it, ignoring a truncated final record.",
        "Level 4 example: config max_versions_per_key=2; set('k', 'a', 1); set('k', 'b', 2); set('k', 'c', 3); get('k', 1) -> None; get('k', 3) -> 'c'. A store recovered from the same log answers every get identically.",
      ],
      constraints: [
        "Up to 10^5 keys and 10^6 versions in tests; timestamps are integers supplied by the caller.",
        "TTL and visibility are defined by the timestamps passed in, not by wall-clock time.",
        "No external databases; focus on class design, APIs and invariants.",
      ],
      deliverable:
        "Working code for as many levels as you reach, plus a short verbal plan for scaling it beyond one process.",
    },
    guide: {
      overview:
        "A versioned store: each key maps to a timestamp-ordered list of immutable version records (value or tombstone, optional expiry). Reads binary-search the list. Later levels test whether deletes and TTL are modelled as versions, whether concurrency and compaction preserve invariants, and whether persistence and storage are pluggable.",
      whyAsked:
        "OOP rounds are as much system design as coding: the same toy passes tests with a naive dict, but a backend engineer models history, visibility and durability explicitly and can explain how the design scales.",
      referenceSteps: [
        {
          title: "Level 1",
          detail:
            "Version dataclass (timestamp, value); dict from key to a list of versions appended in order; get uses bisect_right on timestamps and returns the previous entry.",
        },
        {
          title: "Level 2",
          detail:
            "Insert out-of-order versions at the right position (bisect.insort, or a sorted container); represent deletes as tombstone versions rather than removing history; store expires_at on versions and evaluate visibility against the query timestamp; keys_at iterates keys (or a sorted key index for prefixes) and applies the same visibility function.",
        },
        {
          title: "Level 3",
          detail:
            "A readers-writer lock or lock striping by key hash; versions immutable so readers never see half-written state. compact keeps, per key, the latest version at or before the cutoff plus everything after it, so reads at or after the cutoff are unchanged; it can also drop keys whose last visible version is a tombstone before the cutoff.",
        },
        {
          title: "Level 4",
          detail:
            "Separate the version logic from a VersionBackend interface (in-memory default); a LogSink interface with append(record) and read(); write-ahead ordering (log then apply); deterministic, idempotent replay; config object validated on construction; eviction of oldest versions beyond the cap.",
        },
        {
          title: "Wrap-up",
          detail:
            "Scaling: shard keys with consistent hashing, replicate with leader-follower or quorum writes, LSM-tree style storage (memtable plus sorted files with background compaction), hot-key handling, and time-series databases as the production analogue (the same shape as a feature store).",
        },
      ],
      keyDecisions: [
        {
          decision: "How to model deletes and TTL",
          options: ["remove entries", "tombstone and expiry fields on versions"],
          tradeOff:
            "Removing entries breaks historical reads; tombstones and expiry keep time-travel semantics consistent at a small storage cost that compaction reclaims.",
        },
        {
          decision: "Ordered structure per key",
          options: ["list with bisect", "balanced tree or skip list"],
          tradeOff:
            "A list gives O(log v) reads and cheap appends but O(v) out-of-order inserts; a tree makes inserts O(log v) at higher constant cost.",
        },
        {
          decision: "Locking granularity",
          options: ["one global lock", "readers-writer lock", "striped per-key locks"],
          tradeOff:
            "A global lock is simple and correct; striping raises throughput for independent keys but complicates cross-key operations like keys_at and compaction.",
        },
      ],
      keyPoints: [
        "Invariant: versions per key stay sorted by timestamp; visibility is a pure function of the version and the query timestamp.",
        "Deletes are versions (tombstones), not destructive removals.",
        "TTL is relative to caller timestamps; a clock is injected rather than read globally.",
        "Compaction preserves answers for reads at or after the cutoff.",
        "Log-before-apply for durability; replay is deterministic.",
        "Storage backend and persistence are interfaces, configured at construction.",
      ],
      followUps: [
        {
          question: "How would you shard this store across machines?",
          goodAnswer:
            "Hash keys onto a consistent-hash ring with virtual nodes, route requests through a client library or proxy, rebalance by moving ranges, and replicate each shard for availability.",
        },
        {
          question: "Versions grow without bound in production. What do you do?",
          goodAnswer:
            "Retention policies (max versions or max age) with background compaction, moving cold versions to cheaper storage, and exposing the retention window to clients as part of the API contract.",
        },
        {
          question: "What happens if the process crashes between logging and applying a write?",
          goodAnswer:
            "Replay applies it on recovery, so the log is the source of truth; replay must be idempotent and a torn final record is detected by checksum and discarded.",
        },
      ],
      signals: [
        "Reaches Level 3 or 4 with clean, testable classes.",
        "Explains invariants before coding and checks them with targeted tests.",
        "Volunteers production concerns (durability, retention, sharding) at the end.",
      ],
      redFlags: [
        "Linear scan over all versions on every read.",
        "Deleting history on delete, breaking reads in the past.",
        "Reading wall-clock time inside the store, making tests nondeterministic.",
        "One giant class with no separation of storage, versioning and persistence.",
        "Holding a lock while doing I/O to the log without discussing the cost.",
      ],
      metrics: [
        "Levels completed with passing tests.",
        "Read complexity O(log v); write complexity stated for in-order and out-of-order cases.",
      ],
      takeaway:
        "Model history explicitly (immutable versions with tombstones and expiry), keep visibility pure, and make storage and durability pluggable.",
    },
    phases: oopPhases(60, {
      l1: "Version records and binary-search reads.",
      l2: "Out-of-order writes, tombstones, TTL, prefix listing.",
      l3: "Thread safety and compaction that preserves reads.",
      l4: "Pluggable backend, config, write-ahead log and recovery.",
      wrapUp: "Sharding, replication, retention and storage engines in production.",
    }),
    rubric: "coding",
  },

  // ---------------------------------------------------------------- in-memory database
  {
    slug: "oop-in-memory-database",
    title: "Multi-level OOP: in-memory database with transactions",
    kind: "CODING",
    roundType: "oop-design",
    difficulty: "MEDIUM",
    minutes: 60,
    tags: ["oop-multi-level", "in-memory-database", "transactions", "isolation", "snapshots", "ttl"],
    source: { seed: SEED, ref: `${REF}: In-Memory Database` },
    brief: {
      summary:
        "Build an in-memory database of records, each a set of field-value pairs, growing to transactions and backups.",
      context: OOP_CONTEXT,
      requirements: [
        "Level 1 (core): class InMemoryDB with set(key: str, field: str, value: str) -> None, get(key: str, field: str) -> str | None and delete(key: str, field: str) -> bool. A record disappears when its last field is deleted.",
        "Level 1 example: set('u1', 'name', 'ana'); set('u1', 'city', 'oslo'); get('u1', 'name') -> 'ana'; delete('u1', 'city') -> True; delete('u1', 'city') -> False; get('u2', 'name') -> None.",
        "Level 2 (more APIs): scan(key: str) -> list[str] returns 'field(value)' strings sorted by field; scan_by_prefix(key: str, prefix: str) -> list[str]; compare_and_set(key, field, expected: str | None, new: str) -> bool only writes when the current value equals expected (None means absent).",
        "Level 2 example: set('u1', 'a', '1'); set('u1', 'ab', '2'); set('u1', 'b', '3'); scan_by_prefix('u1', 'a') -> ['a(1)', 'ab(2)']; compare_and_set('u1', 'b', '9', '4') -> False; compare_and_set('u1', 'b', '3', '4') -> True.",
        "Level 3 (correctness): db.session() -> Session exposes the same methods plus begin(), commit() -> bool and rollback() -> bool. Transactions nest; a session sees its own uncommitted writes; other sessions never see uncommitted writes; commit of the outermost transaction applies all writes atomically; compare_and_set inside a transaction is checked again at commit and the commit fails (returns False, nothing applied) if the value changed underneath. Sessions may be used from different threads.",
        "Level 3 example: s1.begin(); s1.set('k', 'f', 'v'); s2.get('k', 'f') -> None; s1.begin(); s1.delete('k', 'f'); s1.rollback(); s1.get('k', 'f') -> 'v'; s1.commit() -> True; s2.get('k', 'f') -> 'v'.",
        "Level 4 (production-like): InMemoryDB(config: DBConfig, clock: Clock, snapshots: SnapshotStore). Fields may be written with ttl (set(key, field, value, ttl=None)) and expire according to the clock. backup() -> str writes a consistent snapshot through the SnapshotStore interface and returns its id; restore(snapshot_id) replaces the state all-or-nothing, with remaining TTLs preserved. If the SnapshotStore raises, backup reports failure and the database stays unchanged. DBConfig sets max_fields_per_record (writes beyond it are rejected).",
        "Level 4 example: clock at 100; set('c', 'tok', 'x', ttl=10); id = backup(); clock to 105; restore(id); clock to 111; get('c', 'tok') -> None.",
      ],
      constraints: [
        "Up to 10^5 records with up to 100 fields each in tests.",
        "No external storage; SnapshotStore has an in-memory implementation for tests.",
        "Focus on class design, invariants and clear semantics.",
      ],
      deliverable:
        "Working code for as many levels as you reach, then discuss how the system would scale and stay durable in production.",
    },
    guide: {
      overview:
        "A nested map (record key to field map) behind a clean API, growing to optimistic transactions with per-session write buffers, validation at commit, TTL with an injected clock, and pluggable, consistent snapshots.",
      whyAsked:
        "A classic OOP-round system: the early levels are easy, so signal comes from how the candidate structures transactions, isolation and failure handling rather than piling conditionals onto a dict.",
      referenceSteps: [
        {
          title: "Level 1",
          detail:
            "Record class wrapping a dict of fields; database holds dict key to Record; delete removes empty records to keep the invariant 'no empty records'.",
        },
        {
          title: "Level 2",
          detail:
            "Scans sort fields on demand (or keep a sorted field index if scans dominate); formatting lives in a small helper, separate from storage; compare_and_set is a single critical section.",
        },
        {
          title: "Level 3",
          detail:
            "Each session keeps a stack of write-set layers (field to new value or a DELETED sentinel) plus a read-set of values observed by compare_and_set; reads check layers top-down then committed state; inner commit merges into the parent layer, rollback pops it; outermost commit takes the database lock, validates read-set expectations (optimistic concurrency), then applies all writes atomically.",
        },
        {
          title: "Level 4",
          detail:
            "Store expires_at per field; expiry checked lazily on read and cleaned by an optional sweep; backup copies state under the lock (or copy-on-write) and serializes with absolute expiry so restore keeps remaining TTL; SnapshotStore interface with put and get; restore builds new state fully before swapping it in; config validated at construction.",
        },
        {
          title: "Wrap-up",
          detail:
            "Durability via write-ahead log plus periodic snapshots, replication for reads and failover, partitioning by key, and MVCC for higher concurrency than a global commit lock.",
        },
      ],
      keyDecisions: [
        {
          decision: "Transaction implementation",
          options: ["undo log applied to shared state", "per-session write buffers committed atomically"],
          tradeOff:
            "An undo log writes in place, so other sessions can observe uncommitted data unless everything is locked; write buffers give isolation for free and make rollback trivial.",
        },
        {
          decision: "Concurrency control",
          options: ["pessimistic locks held during the transaction", "optimistic validation at commit"],
          tradeOff:
            "Pessimistic locking blocks other sessions and risks deadlocks; optimistic validation keeps sessions independent but can fail commits under contention.",
        },
        {
          decision: "Snapshot consistency",
          options: ["copy under a global lock", "copy-on-write or versioned state"],
          tradeOff:
            "Copying under a lock is simple but pauses writes; copy-on-write avoids pauses at the cost of complexity.",
        },
      ],
      keyPoints: [
        "Invariants: no empty records; committed state only changes at commit; a failed commit applies nothing.",
        "Deletes inside a transaction use a sentinel, not removal from the buffer.",
        "Formatting of scan output is separate from storage.",
        "TTL uses an injected clock and absolute expiry times.",
        "Snapshot persistence behind an interface; restore is all-or-nothing.",
      ],
      followUps: [
        {
          question: "How would you make this durable across restarts?",
          goodAnswer:
            "Append committed transactions to a write-ahead log before acknowledging, take periodic snapshots, recover by loading the latest snapshot and replaying the log after it.",
        },
        {
          question: "Commits are serialized by one lock. How do you scale writes?",
          goodAnswer:
            "Partition keys so transactions on different partitions commit independently, use per-key version numbers for validation instead of a global lock, or move to MVCC; cross-partition transactions need two-phase commit or are disallowed.",
        },
      ],
      signals: [
        "Designs the transaction layer as its own class rather than flags on the database.",
        "States isolation semantics precisely and tests them.",
        "Handles failure paths (snapshot errors, commit conflicts) explicitly.",
      ],
      redFlags: [
        "Writes uncommitted changes to shared state.",
        "Rollback implemented by deep-copying the whole database per begin.",
        "Expiry based on wall-clock reads scattered through the code.",
        "Partial restore on failure.",
      ],
      metrics: [
        "Levels completed with passing tests.",
        "Commit cost proportional to the write set, not the database size.",
      ],
      takeaway:
        "Keep committed state simple and immutable between commits; put transactions, expiry and snapshots in their own well-defined layers.",
    },
    phases: oopPhases(60, {
      l1: "Record and database classes with set, get, delete.",
      l2: "Sorted scans, prefix scans, compare-and-set.",
      l3: "Sessions with nested transactions, isolation and optimistic commit.",
      l4: "TTL with clock, pluggable snapshots, config, failure handling.",
      wrapUp: "Durability, replication, partitioning and MVCC.",
    }),
    rubric: "coding",
  },

  // ---------------------------------------------------------------- memory allocator
  {
    slug: "oop-memory-allocator",
    title: "Multi-level OOP: C-like memory allocator",
    kind: "CODING",
    roundType: "oop-design",
    difficulty: "HARD",
    minutes: 60,
    tags: [
      "oop-multi-level",
      "memory-allocator",
      "free-list",
      "fragmentation",
      "strategy-pattern",
      "concurrency",
    ],
    source: { seed: SEED, ref: `${REF}: C-Like Memory Allocator` },
    brief: {
      summary:
        "Simulate malloc and free over a fixed-size memory region, then add coalescing, alignment, faster placement and compaction.",
      context: OOP_CONTEXT,
      requirements: [
        "Level 1 (core): class Allocator(capacity: int) with malloc(size: int) -> int returning the start address of a block placed at the lowest address where it fits (first fit), or -1; and free(address: int) -> int returning the size freed, or -1 if address is not the start of an allocated block.",
        "Level 1 example: a = Allocator(100); a.malloc(10) -> 0; a.malloc(20) -> 10; a.free(0) -> 10; a.malloc(5) -> 0; a.malloc(200) -> -1; a.free(7) -> -1.",
        "Level 2 (constraints): adjacent free blocks are merged; all addresses and sizes are aligned to 8 bytes (sizes round up); realloc(address: int, new_size: int) -> int grows or shrinks in place when possible, otherwise moves the block, and returns -1 leaving the original intact on failure; stats() -> dict with used, free, largest_free_block and block_count. Double free returns -1.",
        "Level 2 example: a = Allocator(64); x = a.malloc(10) -> 0 (16 bytes reserved); y = a.malloc(8) -> 16; a.free(x); a.free(y); a.stats()['largest_free_block'] -> 64; a.realloc(a.malloc(8), 40) -> 0 (grown in place).",
        "Level 3 (performance and correctness): malloc and free in O(log n) for n blocks using best fit (smallest block that fits, lowest address on ties); the allocator is safe to call from multiple threads; validate() -> bool checks invariants: blocks do not overlap, together they cover [0, capacity), and no two free blocks are adjacent.",
        "Level 3 example: free blocks of sizes 32 at 0 and 16 at 64; malloc(16) -> 64 under best fit (first fit would return 0).",
        "Level 4 (production-like): Allocator(capacity, strategy: PlacementStrategy = BestFit(), on_oom: Callable | None = None). Strategies FirstFit, BestFit and NextFit are interchangeable. malloc(size, owner: str | None = None) tags blocks; free_all(owner) -> int frees all of an owner's blocks. malloc_handle(size) -> int returns a stable handle; address_of(handle) -> int; compact() moves handle-based blocks together to remove fragmentation while handles stay valid. When a request cannot be satisfied, on_oom is invoked once (e.g. it may call compact) before returning -1.",
        "Level 4 example: h1 = malloc_handle(16); h2 = malloc_handle(16); free(address_of(h1)); compact(); address_of(h2) -> 0; stats()['largest_free_block'] -> capacity - 16.",
      ],
      constraints: [
        "Capacity up to 10^9 bytes (do not allocate a real byte array); up to 10^5 operations.",
        "Addresses are integers; there is no real pointer arithmetic.",
        "Focus on data structures, invariants and interfaces.",
      ],
      deliverable:
        "Working code for as many levels as you reach, then discuss how real allocators scale across threads and processes.",
    },
    guide: {
      overview:
        "Track blocks by metadata (start, size, free, owner) rather than simulating bytes. An address-ordered map supports neighbour lookup for coalescing; a size-ordered index of free blocks supports best fit in O(log n). Placement becomes a strategy object; handles add an indirection layer that makes compaction possible.",
      whyAsked:
        "Tests data-structure choice under invariants and whether the candidate designs extensible interfaces (strategies, handles) rather than hard-coding one policy.",
      referenceSteps: [
        {
          title: "Level 1",
          detail:
            "Sorted list of Block records by start address; first fit scans free blocks; splitting a free block on allocation; a dict from start address to allocated block for O(1) free validation.",
        },
        {
          title: "Level 2",
          detail:
            "On free, look up previous and next blocks by address and merge free neighbours; align sizes with (size + 7) & ~7; realloc tries to shrink in place (splitting off the tail) or grow into a free next block, else malloc-copy-free with rollback on failure; stats maintained incrementally.",
        },
        {
          title: "Level 3",
          detail:
            "Free blocks in a sorted structure keyed by (size, start) for best fit via lower-bound search; address-ordered sorted map for neighbours; both updated together on split and merge; a single lock (or per-arena locks) around mutations; validate walks blocks to assert coverage, non-overlap and no adjacent free blocks.",
        },
        {
          title: "Level 4",
          detail:
            "PlacementStrategy interface with choose(free_index, size) and hooks to update internal cursors (NextFit); owner index from owner to set of block starts; handle table from handle id to block; compact slides handle-based blocks toward address 0 and updates the table (raw-address blocks are pinned); on_oom called once per failed request to avoid recursion.",
        },
        {
          title: "Wrap-up",
          detail:
            "Production allocators use size classes and per-thread caches (arenas) to avoid lock contention, slab allocation for common sizes, and return memory to the OS in large chunks; fragmentation is monitored as a metric.",
        },
      ],
      keyDecisions: [
        {
          decision: "Representation",
          options: ["byte array with markers", "block metadata structures"],
          tradeOff:
            "A byte array is intuitive but O(capacity) memory and slow scans; metadata is proportional to the number of blocks.",
        },
        {
          decision: "Placement policy",
          options: ["first fit", "best fit", "next fit", "segregated size classes"],
          tradeOff:
            "First fit is simple and fast with address order; best fit reduces wasted space but needs a size index; size classes are fastest with some internal fragmentation.",
        },
        {
          decision: "Supporting compaction",
          options: ["move raw blocks", "handle indirection", "no compaction"],
          tradeOff:
            "Moving raw blocks invalidates callers' addresses; handles allow moves at the cost of an extra lookup per access.",
        },
      ],
      keyPoints: [
        "Invariants: blocks are disjoint, cover the whole region, and no two free blocks are adjacent after any operation.",
        "Free validates that the address is the start of an allocated block (catches double and invalid frees).",
        "Two indexes kept consistent: by address for coalescing, by size for placement.",
        "Placement policy is a strategy object chosen by configuration.",
        "Handles decouple identity from location, the same idea as referencing ids instead of embedding data.",
        "Failure paths (realloc failure, OOM) leave state unchanged.",
      ],
      followUps: [
        {
          question:
            "Many threads allocate small objects. Where is the bottleneck and how do real allocators fix it?",
          goodAnswer:
            "The global lock; use per-thread or per-core arenas with size-class free lists, falling back to a shared pool for large or cross-thread frees.",
        },
        {
          question: "How would you measure fragmentation?",
          goodAnswer:
            "For example 1 minus largest free block over total free space, tracked over time along with failed allocations despite sufficient total free memory.",
        },
      ],
      signals: [
        "Writes validate() early and uses it in tests.",
        "Explains complexity of each operation.",
        "Separates policy from mechanism.",
      ],
      redFlags: [
        "Simulates memory as a list of bytes with capacity-sized scans.",
        "Forgets to coalesce or coalesces only one side.",
        "realloc frees the original before the new allocation succeeds.",
        "Hard-codes the placement policy in malloc.",
      ],
      metrics: ["Levels completed with passing tests.", "malloc and free in O(log n) at Level 3."],
      takeaway:
        "An allocator is metadata plus invariants: keep address and size indexes in sync, make placement a strategy, and use handles if blocks must move.",
    },
    phases: oopPhases(60, {
      l1: "Block metadata, first-fit malloc and validated free.",
      l2: "Coalescing, alignment, realloc, stats.",
      l3: "Best fit in O(log n), thread safety, invariant checks.",
      l4: "Pluggable strategies, owners, handles and compaction, OOM hook.",
      wrapUp: "Arenas, size classes, fragmentation monitoring.",
    }),
    rubric: "coding",
  },

  // ---------------------------------------------------------------- type inference engine
  {
    slug: "oop-type-inference-engine",
    title: "Multi-level OOP: type inference engine for a toy language",
    kind: "CODING",
    roundType: "oop-design",
    difficulty: "HARD",
    minutes: 60,
    tags: ["oop-multi-level", "type-inference", "unification", "generics", "parsing", "error-reporting"],
    source: { seed: SEED, ref: `${REF}: Type Inference Engine` },
    brief: {
      summary:
        "Build a type checker for function calls in a toy language, growing from concrete types to generics, nested expressions and configurable rules.",
      context: OOP_CONTEXT,
      requirements: [
        "Level 1 (core): primitive types int, float, str, bool. class TypeEngine with register(name: str, params: list[str], returns: str) -> None and infer_call(name: str, arg_types: list[str]) -> str, which returns the return type or raises TypeMismatchError (wrong arity or argument type) or UnknownFunctionError.",
        "Level 1 example: register('add', ['int', 'int'], 'int'); infer_call('add', ['int', 'int']) -> 'int'; infer_call('add', ['int', 'str']) raises TypeMismatchError; infer_call('mul', ['int']) raises UnknownFunctionError.",
        "Level 2 (generics): type variables are an uppercase letter optionally followed by digits (T, U, T1); tuple types are written '[int, T]' and may nest. Type strings are parsed into type objects and printed back in the same canonical form. infer_call binds type variables by matching argument types; the same variable must bind consistently; the return type has bound variables substituted.",
        "Level 2 example: register('pair', ['T', 'U'], '[T, U]'); infer_call('pair', ['int', 'str']) -> '[int, str]'; register('same', ['T', 'T'], 'T'); infer_call('same', ['int', 'float']) raises TypeMismatchError; register('first', ['[T, U]'], 'T'); infer_call('first', ['[str, [int, bool]]']) -> 'str'.",
        "Level 3 (correctness): infer(expr: str) -> str for nested expressions with literals (42 is int, 4.2 float, 'a' str, true bool), calls and let bindings, e.g. \"let p = pair(1, 'a') in first(p)\" -> 'int'. Arguments may themselves contain unresolved type variables (for example results of generic calls), the same generic function may appear several times in one expression, and an expression that would need an infinite type raises InfiniteTypeError. Repeated inference over the same registered functions should be fast.",
        "Level 3 example: register('id', ['T'], 'T'); infer('id(id(3))') -> 'int'; register('empty', [], 'T'); register('wrap', ['T'], '[T]'); infer('let e = empty() in same(e, wrap(e))') raises InfiniteTypeError; infer('pair(id(true), 2.0)') -> '[bool, float]'.",
        "Level 4 (production-like): TypeEngine(config: EngineConfig). Config enables optional coercion rules (e.g. int may be passed where float is expected) supplied as CoercionRule objects; functions may be overloaded (several signatures per name; the most specific match wins; ambiguity raises AmbiguousCallError); check(expr) -> list[TypeIssue] collects every error with its location in the expression instead of stopping at the first.",
        "Level 4 example: with coercion int->float enabled, register('scale', ['float', 'float'], 'float'); infer('scale(2, 1.5)') -> 'float'; overloads show(int)->str and show(T)->str: infer('show(3)') picks the int overload; check(\"pair(add(1, 'a'), missing(2))\") returns two issues (argument mismatch and unknown function) with positions.",
      ],
      constraints: [
        "Expressions are at most a few hundred tokens; up to 10^3 registered functions.",
        "You may write a small recursive-descent parser; no external parsing libraries.",
        "Focus on representations, algorithms and clear errors.",
      ],
      deliverable:
        "Working code for as many levels as you reach, then discuss how a production type checker scales to large codebases.",
    },
    guide: {
      overview:
        "Represent types as immutable objects (Primitive, TypeVar, TupleType) rather than strings, parse signatures once, and infer with unification over a substitution (Hindley-Milner style without generalization beyond let). Later levels test fresh-variable instantiation, the occurs check, overload resolution and error collection.",
      whyAsked:
        "A compact test of representation choices and algorithms; weak candidates manipulate strings and special-case patterns, strong ones build a small type algebra and a clean unifier.",
      referenceSteps: [
        {
          title: "Level 1",
          detail:
            "Type classes with equality and printing; FunctionSig dataclass; registry dict from name to signature; compare argument types and raise typed errors with context.",
        },
        {
          title: "Level 2",
          detail:
            "Parser from type strings to type trees; match(param, arg, bindings) walking both trees, binding variables and checking consistency; substitute bindings into the return type; canonical printer.",
        },
        {
          title: "Level 3",
          detail:
            "Expression parser to an AST (Literal, Var, Call, Let); infer returns a type possibly containing variables; at each call instantiate the signature with fresh variables, unify parameters with argument types (union-find or substitution map with path compression), apply the substitution to the result; occurs check before binding a variable to a type containing itself; cache parsed signatures.",
        },
        {
          title: "Level 4",
          detail:
            "Config object holding CoercionRule instances consulted when unification of primitives fails; overload resolution tries each signature on a copy of the substitution, ranks successful matches by specificity (fewer variables and coercions), raises on ties; errors accumulate into TypeIssue records with AST spans, with inference continuing using an error type to avoid cascades.",
        },
        {
          title: "Wrap-up",
          detail:
            "Production type checkers (for large codebases or notebooks) cache per-module results, re-check incrementally on edits using dependency graphs, run as a language server, and keep error messages stable and actionable.",
        },
      ],
      keyDecisions: [
        {
          decision: "Type representation",
          options: ["strings", "immutable type objects"],
          tradeOff:
            "Strings seem quick but nested tuples and variables make matching fragile; objects give structural equality, substitution and printing in one place.",
        },
        {
          decision: "Inference algorithm",
          options: ["one-directional pattern matching", "unification with fresh variables"],
          tradeOff:
            "Matching works when arguments are concrete (Level 2) but fails when both sides contain variables; unification handles nested generic calls correctly.",
        },
        {
          decision: "Error handling",
          options: ["raise on first error", "collect issues and continue"],
          tradeOff:
            "Raising is simplest; collecting gives users all problems at once but needs an error type to prevent cascading errors.",
        },
      ],
      keyPoints: [
        "Types are immutable values with structural equality and a canonical printer.",
        "Signatures are instantiated with fresh variables per call so variables from different calls never collide.",
        "Occurs check prevents infinite types.",
        "Parsing, registry, inference and error reporting are separate components.",
        "Coercions and overload rules are data (config), not branches in the unifier.",
      ],
      followUps: [
        {
          question: "Why do you need fresh variables per call?",
          goodAnswer:
            "Signature variables are universally quantified; reusing the same T across two calls (e.g. pair(id(1), id('a'))) would wrongly force both to the same type.",
        },
        {
          question: "How would this scale to checking a million-line codebase on every edit?",
          goodAnswer:
            "Module-level caching keyed by content hash, dependency graph to re-check only affected modules, parallel checking of independent modules, and a long-running server to keep state warm.",
        },
      ],
      signals: [
        "Builds the type algebra before writing inference.",
        "Explains unification and the occurs check clearly.",
        "Produces precise, typed errors.",
      ],
      redFlags: [
        "Regex or string replacement for substitution.",
        "Global mutable bindings shared across calls.",
        "Overloads resolved by registration order without specificity.",
        "Catching all exceptions and returning a generic error.",
      ],
      metrics: [
        "Levels completed with passing tests.",
        "Inference linear-ish in expression size with cached signatures.",
      ],
      takeaway:
        "Model types as data, infer with unification and fresh variables, and keep rules and error reporting configurable and separate.",
    },
    phases: oopPhases(60, {
      l1: "Type objects, function registry and concrete call checking.",
      l2: "Type parser, generics with consistent bindings, tuples.",
      l3: "Expression AST, unification with fresh variables, occurs check, caching.",
      l4: "Configurable coercions, overloads, error collection with locations.",
      wrapUp: "Incremental checking and scaling to large codebases.",
    }),
    rubric: "coding",
  },

  // ---------------------------------------------------------------- circuit breaker
  {
    slug: "oop-circuit-breaker",
    title: "Multi-level OOP: circuit breaker",
    kind: "CODING",
    roundType: "oop-design",
    difficulty: "MEDIUM",
    minutes: 60,
    tags: [
      "oop-multi-level",
      "circuit-breaker",
      "resilience",
      "state-machine",
      "sliding-window",
      "concurrency",
    ],
    source: { seed: SEED, ref: `${REF}: Circuit Breaker` },
    brief: {
      summary:
        "Build a circuit breaker that protects callers from a failing downstream service, growing to failure-rate windows, concurrency and a configurable registry.",
      context: OOP_CONTEXT,
      requirements: [
        "Level 1 (core): class CircuitBreaker(failure_threshold: int, recovery_timeout: float, clock: Callable[[], float]) with call(fn: Callable[[], T]) -> T and state() -> 'CLOSED' | 'OPEN' | 'HALF_OPEN'. CLOSED passes calls through and opens after failure_threshold consecutive failures (exceptions). OPEN rejects calls with CircuitOpenError without invoking fn. After recovery_timeout the next call is a trial in HALF_OPEN: success closes the circuit, failure reopens it and restarts the timer. The original exception is re-raised to the caller.",
        "Level 1 example: threshold 3, timeout 10. Failing calls at t=0, 1, 2 -> state OPEN. call at t=5 raises CircuitOpenError and fn is not called. call at t=13 invokes fn; it succeeds -> CLOSED.",
        "Level 2 (more rules): replace the consecutive counter with a sliding window of the last window_size calls; open when at least minimum_calls were recorded and failure rate >= failure_rate_threshold. A call slower than slow_call_threshold seconds counts as a failure. Exceptions listed in ignore_exceptions are re-raised but not counted. HALF_OPEN admits permitted_trial_calls calls and closes only if their failure rate is below the threshold. metrics() -> dict with calls, failures, slow_calls, rejected, state.",
        "Level 2 example: window 4, minimum 4, threshold 0.5: results S, F, S, F -> OPEN; with ignore_exceptions=[ValueError], four ValueErrors keep it CLOSED.",
        "Level 3 (concurrency): many threads share one breaker. State transitions are atomic; at most permitted_trial_calls trials run concurrently in HALF_OPEN (extra callers are rejected); a slow downstream call must never delay other threads from being admitted or rejected; results of calls that started before a state change must not corrupt the new state's statistics.",
        "Level 3 example: breaker HALF_OPEN with 2 permitted trials; 10 threads call at once -> exactly 2 invoke fn, 8 get CircuitOpenError.",
        "Level 4 (production-like): BreakerRegistry(defaults: BreakerConfig, overrides: dict[str, BreakerConfig]) with get(name) -> CircuitBreaker creating breakers lazily; pluggable FailureClassifier (decides what counts as a failure) and StateListener callbacks on transitions; call(fn, fallback: Callable | None = None) returns the fallback's result when rejected or failed; update_config(name, config) applies new thresholds without losing current state; a listener that raises must not affect callers.",
        "Level 4 example: overrides {'payments': threshold 0.2}; registry.get('payments') uses 0.2 while registry.get('search') uses defaults; a listener throwing on OPEN still lets the breaker open and reject calls.",
      ],
      constraints: [
        "Time comes only from the injected clock so tests are deterministic.",
        "Up to 10^6 calls in tests; per-call overhead should be O(1).",
        "Focus on the state machine, interfaces and thread safety.",
      ],
      deliverable:
        "Working code for as many levels as you reach, then discuss how breakers behave across a fleet of service instances.",
    },
    guide: {
      overview:
        "A three-state machine (CLOSED, OPEN, HALF_OPEN) with an injected clock, a ring-buffer window of outcomes for O(1) failure rates, atomic transitions with a generation counter, trial-permit accounting in HALF_OPEN, and a registry with per-name configuration, classifiers, listeners and fallbacks.",
      whyAsked:
        "A realistic backend resilience component: tests state-machine design, concurrency without holding locks during I/O, and production extensibility.",
      referenceSteps: [
        {
          title: "Level 1",
          detail:
            "State enum; fields for consecutive failures and opened_at; call checks state (transitioning OPEN to HALF_OPEN lazily when the timeout has passed), runs fn, records success or failure, re-raises exceptions.",
        },
        {
          title: "Level 2",
          detail:
            "Ring buffer of outcomes with running counts (failures, slow) for O(1) updates; config dataclass; classify outcome (ignored, success, failure, slow) in one function; separate trial counters in HALF_OPEN; metrics counters.",
        },
        {
          title: "Level 3",
          detail:
            "Lock only around acquire-permission and record-result; acquire returns a permit with the current generation; recording ignores permits from an older generation; trial permits decremented atomically; fn runs outside the lock.",
        },
        {
          title: "Level 4",
          detail:
            "Registry with a lock-protected dict and lazy creation; BreakerConfig merged from defaults and overrides; FailureClassifier and StateListener interfaces; listeners invoked outside the lock and wrapped in try/except with logging; config updates swap an immutable config reference and resize the window carefully.",
        },
        {
          title: "Wrap-up",
          detail:
            "Each instance usually keeps local state (no shared store on the hot path); combine with timeouts, bounded retries with jitter and bulkheads; export metrics and alert on open breakers; service meshes can provide outlier detection as an alternative.",
        },
      ],
      keyDecisions: [
        {
          decision: "Window type",
          options: ["consecutive failures", "count-based sliding window", "time-based sliding window"],
          tradeOff:
            "Consecutive counts are simple but noisy; count windows are O(1) and predictable; time windows reflect recent traffic better at low volume but need bucketed aggregation.",
        },
        {
          decision: "Local vs shared state",
          options: ["per-instance breaker", "state shared across the fleet"],
          tradeOff:
            "Local state is fast and independent of another dependency; shared state reacts faster fleet-wide but adds latency and a new failure point.",
        },
      ],
      keyPoints: [
        "State transitions are explicit and atomic; the clock is injected.",
        "Downstream calls never run under the breaker's lock.",
        "Stale results from a previous state are discarded via a generation counter.",
        "Failure classification, listeners and fallbacks are pluggable.",
        "Listener failures are isolated from callers.",
      ],
      followUps: [
        {
          question: "What goes wrong if every client retries immediately when the breaker closes?",
          goodAnswer:
            "A thundering herd re-overloads the downstream; limit trials in HALF_OPEN, add jittered backoff to retries, and ramp traffic gradually.",
        },
        {
          question: "How do you tune thresholds in production?",
          goodAnswer:
            "Start from downstream SLOs and observed error and latency distributions, tune per dependency via config, watch false opens and recovery time in dashboards.",
        },
      ],
      signals: ["Draws the state machine before coding.", "Reasons carefully about races in HALF_OPEN."],
      redFlags: [
        "Calls time.time() directly.",
        "Holds a lock while calling the downstream function.",
        "Swallows the original exception.",
        "Lets a listener exception break the call path.",
      ],
      metrics: ["Levels completed with passing tests.", "O(1) overhead per call."],
      takeaway:
        "A circuit breaker is a small, atomic state machine with pluggable policy; correctness under concurrency matters more than the happy path.",
    },
    phases: oopPhases(60, {
      l1: "Three-state machine with injected clock.",
      l2: "Sliding-window failure rate, slow calls, ignored exceptions, trial calls, metrics.",
      l3: "Atomic transitions, trial permits, no calls under lock, stale results.",
      l4: "Registry with config overrides, classifiers, listeners, fallbacks, hot config.",
      wrapUp: "Fleet behaviour, retries and backoff, monitoring.",
    }),
    rubric: "coding",
  },
];

export const rubrics: RubricTemplateDefinition[] = [];
