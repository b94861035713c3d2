import type { PromptDefinition, RubricTemplateDefinition } from "../schema";
import { OOP_CONTEXT, oopPhases } from "./seed-003-design-part4";

// Seed 003, section 2 (Object-Oriented Programming): multi-level (CodeSignal-style) prompts, part B.
// Systems: API gateway with rate limiting, LRU/LFU cache, thread pool/task scheduler,
// transaction/credit system, employee management system.

const SEED = "003_9a4b8795634bde49" as const;
const REF = "Section 2: Objective-Oriented Programming (multi-level OOP systems)";

export const prompts: PromptDefinition[] = [
  // ---------------------------------------------------------------- API gateway with rate limiting
  {
    slug: "oop-api-gateway-rate-limiting",
    title: "Multi-level OOP: API gateway with rate limiting",
    kind: "CODING",
    roundType: "oop-design",
    difficulty: "MEDIUM",
    minutes: 60,
    tags: ["oop-multi-level", "api-gateway", "rate-limiting", "token-bucket", "middleware", "routing"],
    source: { seed: SEED, ref: `${REF}: API Gateway with Rate Limiting` },
    brief: {
      summary:
        "Build an API gateway that routes requests to backend services, then add authentication, rate limits, concurrency and a configurable middleware pipeline.",
      context: OOP_CONTEXT,
      requirements: [
        "Level 1 (core): Request(method: str, path: str, api_key: str | None, timestamp: float) and Response(status: int, service: str | None, retry_after: float | None). class Gateway with register_route(method: str, path_prefix: str, service: str) -> None and handle(request: Request) -> Response. The longest prefix that matches on whole path segments wins; 404 if no prefix matches; 405 if a prefix matches but not for this method; otherwise 200 with the service name.",
        "Level 1 example: register_route('GET', '/users', 'user-svc'); register_route('GET', '/users/admin', 'admin-svc'); GET /users/42 -> 200 user-svc; GET /users/admin/7 -> 200 admin-svc; GET /usersx -> 404; POST /users/42 -> 405.",
        "Level 2 (auth and limits): register_tier(tier: str, capacity: int, refill_per_second: float) and register_client(api_key: str, tier: str). Unknown or missing keys get 401. Each client is limited by a token bucket from its tier; a request over the limit gets 429 with retry_after set to the seconds until a token is available. Time comes only from request timestamps.",
        "Level 2 example: tier 'free' capacity 2, refill 1 per second; client k1 on 'free'. Requests from k1 at t=0, 0, 0 -> 200, 200, 429 (retry_after 1.0); at t=1.0 -> 200. Changing the 'free' tier's capacity later applies to every free client.",
        "Level 3 (concurrency and correctness): handle is called from many threads. Routes may also carry a global limit (register_route(..., route_limit=(capacity, refill_per_second))) shared by all clients. A request is admitted only if every applicable limiter allows it, and a rejected request consumes no tokens from any limiter. Buckets idle longer than idle_ttl seconds are evicted so memory stays bounded; per-request work is O(path segments).",
        "Level 3 example: route /search with route limit capacity 3; clients k1 and k2 each with capacity 5; four requests at t=0 alternating k1, k2 -> 200, 200, 200, 429; k2 still has 4 tokens afterwards because the rejected request consumed none.",
        "Level 4 (production-like): Gateway(config: GatewayConfig, upstream: Upstream). The request pipeline is a configurable list of Middleware objects (e.g. auth, rate limit, routing, logging); the rate-limiting algorithm (token bucket, sliding window log, fixed window) is chosen per tier in config; Upstream.call(service, request, timeout) may time out or fail: idempotent methods (GET, HEAD) are retried up to max_retries with backoff, other methods are not; timeouts map to 504 and upstream errors to 502. reload(config) swaps configuration atomically without dropping limiter state for unchanged tiers.",
        "Level 4 example: upstream times out on every call, max_retries 2: GET -> Upstream called 3 times, 504; POST -> Upstream called once, 504. After reload with a new middleware order, in-flight requests finish with the old pipeline.",
      ],
      constraints: [
        "Up to 10^4 routes, 10^5 clients and 10^6 requests in tests.",
        "No background threads are required for refilling tokens.",
        "Focus on class design, interfaces and correctness under concurrency.",
      ],
      deliverable:
        "Working code for as many levels as you reach, then discuss how rate limiting works across many gateway instances.",
    },
    guide: {
      overview:
        "Route matching with a segment trie, clients that reference tier ids (so tier changes propagate), lazily refilled token buckets, atomic check-then-consume across multiple limiters, and a middleware chain with pluggable limiter algorithms and upstream retry rules.",
      whyAsked:
        "A backend staple where the toy version is easy; signal comes from design choices a backend engineer would make: segment-aware routing, referencing configuration by id, no partial token consumption, retry only idempotent calls, and clean extension points.",
      referenceSteps: [
        {
          title: "Level 1",
          detail:
            "Split paths into segments; a trie of segments where nodes hold method-to-service maps; walk the trie remembering the deepest node with any route; return 405 vs 404 accordingly. Request and Response as immutable dataclasses.",
        },
        {
          title: "Level 2",
          detail:
            "Tier registry keyed by tier id; Client stores api_key and tier id (not a copy of the limits); TokenBucket with tokens and last_refill, refilled lazily on access using the request timestamp; retry_after computed from the deficit and refill rate.",
        },
        {
          title: "Level 3",
          detail:
            "Collect all applicable limiters (client, route), lock them in a consistent order (or use one lock per request path), check all, then consume all; per-bucket locks for throughput; idle eviction by last-access time during access or a periodic sweep on request boundaries.",
        },
        {
          title: "Level 4",
          detail:
            "Middleware interface handle(request, next) composing a chain; RateLimiter interface with implementations selected by config; Upstream interface and a retry policy object that checks idempotency; config held in an immutable object swapped by reference; limiter state keyed by (tier id, client) so unchanged tiers keep their buckets.",
        },
        {
          title: "Wrap-up",
          detail:
            "Across many gateway nodes: a central store with atomic operations (e.g. Redis with scripts) for exact limits, or local buckets with a share of the global quota for lower latency; consistent hashing of clients to nodes; hot clients; observability of 429 rates.",
        },
      ],
      keyDecisions: [
        {
          decision: "Where limits live",
          options: ["copy limits into each client", "client references tier id"],
          tradeOff:
            "Copies go stale when a tier changes and waste memory; references keep one source of truth, like storing a product id instead of embedding price in an item.",
        },
        {
          decision: "Limiter algorithm",
          options: ["token bucket", "sliding window log", "fixed window counter"],
          tradeOff:
            "Token buckets allow controlled bursts with O(1) state; sliding logs are exact but store timestamps; fixed windows are cheap but allow double bursts at window edges.",
        },
        {
          decision: "Distributed enforcement",
          options: ["central store", "local per-node quotas"],
          tradeOff:
            "Central enforcement is accurate but adds a network hop and a dependency; local quotas are fast but approximate.",
        },
      ],
      keyPoints: [
        "Routing is segment-aware, not raw string prefix.",
        "Clients reference tiers by id; configuration has one source of truth.",
        "Buckets refill lazily from request timestamps; no timer threads.",
        "Multi-limiter admission is all-or-nothing.",
        "Only idempotent methods are retried; timeouts and errors map to distinct statuses.",
        "Middleware and limiter algorithms are pluggable via config.",
      ],
      followUps: [
        {
          question:
            "How would you enforce a global limit of 1,000 requests per second for a client across 50 gateway nodes?",
          goodAnswer:
            "Either atomically decrement a shared counter per client in a fast store (accurate, extra latency) or give each node a local bucket sized to its share and rebalance periodically (approximate, fast); fail open or closed by policy if the store is down.",
        },
        {
          question: "Why not retry POST requests on timeout?",
          goodAnswer:
            "The first attempt may have succeeded; retrying can duplicate side effects unless the API supports idempotency keys.",
        },
      ],
      signals: [
        "Builds clean interfaces before Level 4 forces them.",
        "Reasons about partial failures and idempotency.",
      ],
      redFlags: [
        "startswith on raw strings so '/usersx' matches '/users'.",
        "A background thread per bucket to add tokens.",
        "Consuming tokens from one limiter before another rejects.",
        "Retrying every method blindly.",
      ],
      metrics: [
        "Levels completed with passing tests.",
        "O(1) limiter work and O(segments) routing per request.",
      ],
      takeaway:
        "Route by segments, reference configuration by id, admit atomically across limiters, and keep algorithms and middleware pluggable.",
    },
    phases: oopPhases(60, {
      l1: "Segment-aware routing with 404 and 405.",
      l2: "Tiers, clients, token buckets, 401 and 429 with retry_after.",
      l3: "Thread safety, multiple limiters with all-or-nothing admission, idle eviction.",
      l4: "Middleware chain, pluggable limiters, upstream retries and timeouts, config reload.",
      wrapUp: "Distributed rate limiting and gateway scaling.",
    }),
    rubric: "coding",
  },

  // ---------------------------------------------------------------- LRU / LFU cache
  {
    slug: "oop-lru-lfu-cache",
    title: "Multi-level OOP: LRU and LFU cache",
    kind: "CODING",
    roundType: "oop-design",
    difficulty: "MEDIUM",
    minutes: 45,
    tags: ["oop-multi-level", "cache", "lru", "lfu", "eviction-policy", "concurrency", "read-through-cache"],
    source: { seed: SEED, ref: `${REF}: LRU / LFU Cache` },
    brief: {
      summary:
        "Build an in-process cache with O(1) operations, then add LFU, TTL, weights, thread safety and pluggable policies.",
      context: OOP_CONTEXT,
      requirements: [
        "Level 1 (core): class LRUCache(capacity: int) with get(key) -> value | None and put(key, value) -> None, both O(1). When full, put evicts the least recently used entry; get and put both count as use.",
        "Level 1 example: c = LRUCache(2); put(1, 'a'); put(2, 'b'); get(1) -> 'a'; put(3, 'c') evicts 2; get(2) -> None; get(3) -> 'c'.",
        "Level 2 (more policies and APIs): class LFUCache(capacity) with the same interface, evicting the least frequently used entry and breaking ties by least recent use, still O(1). Both caches gain delete(key) -> bool, stats() -> dict with hits, misses and evictions, and put(key, value, ttl: float | None = None) with an injected clock; expired entries behave as absent and count as misses.",
        "Level 2 example: f = LFUCache(2); put(1, 'a'); put(2, 'b'); get(1); put(3, 'c') evicts 2; get(3); put(4, 'd') evicts 1 (tie on frequency, 1 used less recently).",
        "Level 3 (concurrency and performance): caches are shared by many threads; capacity may instead be a max_weight with a weigher(key, value) -> int; entries heavier than max_weight are rejected (put returns False); operations stay O(1) amortized; throughput should not collapse under many threads (describe or implement how).",
        "Level 3 example: Cache(max_weight=10, weigher=lambda k, v: len(v)); put('a', '12345'); put('b', '123456') evicts 'a'; put('c', 'x' * 11) -> False.",
        "Level 4 (production-like): Cache(config: CacheConfig, clock) where config picks the EvictionPolicy (LRU, LFU, FIFO or a custom implementation of the interface); add_listener(fn(key, value, reason)) with reasons EVICTED, EXPIRED, EXPLICIT; get_or_load(key, loader) loads on miss, and concurrent misses for the same key call the loader only once; a loader exception is propagated to all waiters and nothing is cached; a listener that raises does not affect the cache.",
        "Level 4 example: 8 threads call get_or_load('k', slow_loader) at once -> slow_loader runs once, all 8 receive its value; evicting 'k' later notifies listeners with reason EVICTED.",
      ],
      constraints: [
        "Up to 10^6 operations in tests; O(1) per operation is required from Level 1.",
        "Do not use a built-in LRU helper (e.g. functools.lru_cache or an ordered-dict move_to_end shortcut) for Level 1 and 2.",
        "Focus on data structures, interfaces and thread safety.",
      ],
      deliverable:
        "Working code for as many levels as you reach, then discuss when and how you would move from an in-process cache to a distributed one.",
    },
    guide: {
      overview:
        "Hash map plus doubly linked list with sentinels for LRU; for LFU, a map from frequency to an ordered bucket plus a min-frequency pointer. Later levels separate storage from policy (EvictionPolicy interface with on_access, on_insert, on_remove, victim), add lazy expiry, weights, lock striping, listeners and single-flight loading.",
      whyAsked:
        "Everyone knows LRU; the multi-level format tests whether the candidate generalizes cleanly to LFU and pluggable policies, and handles concurrency issues like cache stampedes.",
      referenceSteps: [
        {
          title: "Level 1",
          detail:
            "Node class with key, value, prev, next; head and tail sentinels; map from key to node; move-to-front on access; evict from tail.",
        },
        {
          title: "Level 2",
          detail:
            "LFU: key to node (value, freq); freq to doubly linked list (LRU order within frequency); min_freq updated on insert (reset to 1) and when the min bucket empties; TTL stored as expires_at checked lazily on get; stats counters.",
        },
        {
          title: "Level 3",
          detail:
            "One lock per cache for correctness, then lock striping by key hash into independent segments (each with its own policy and a share of capacity) for throughput; weights tracked as current_weight with evictions until it fits.",
        },
        {
          title: "Level 4",
          detail:
            "EvictionPolicy interface; storage map plus policy object; listener dispatch outside locks with exceptions caught; single-flight via a per-key in-flight future map, removed on completion whether success or failure.",
        },
        {
          title: "Wrap-up",
          detail:
            "Move to a distributed cache when data or hit rate requires sharing across instances: consistent hashing across cache nodes, replication for hot keys, TTL jitter to avoid synchronized expiry, and cache-aside vs read-through vs write-through trade-offs with invalidation.",
        },
      ],
      keyDecisions: [
        {
          decision: "Policy placement",
          options: ["separate cache classes per policy", "one cache with a pluggable policy object"],
          tradeOff:
            "Separate classes are straightforward for two policies but duplicate storage logic; a policy interface scales to FIFO and custom policies.",
        },
        {
          decision: "Concurrency",
          options: ["single lock", "striped segments", "lock-free approximations"],
          tradeOff:
            "A single lock is correct but serializes; segments scale but make eviction approximate globally; lock-free designs (sampled or buffered recency) are fastest but complex.",
        },
        {
          decision: "Expiry",
          options: ["lazy on access", "background sweeper", "both"],
          tradeOff:
            "Lazy expiry is simple but expired entries occupy capacity; a sweeper reclaims memory at extra cost.",
        },
      ],
      keyPoints: [
        "Invariant: map and linked structures always contain the same keys; size or weight never exceeds capacity after an operation.",
        "LFU keeps O(1) via frequency buckets and a min-frequency pointer.",
        "Expiry uses an injected clock.",
        "Storage is separate from the eviction policy.",
        "Single-flight loading prevents stampedes; failures are not cached.",
        "Listeners run outside locks and cannot break the cache.",
      ],
      followUps: [
        {
          question:
            "A popular key expires and 10,000 requests miss at once. What happens and how do you prevent it?",
          goodAnswer:
            "A stampede on the backing store; use single-flight loading, serve stale while refreshing in the background, and add TTL jitter.",
        },
        {
          question: "When would LFU beat LRU and vice versa?",
          goodAnswer:
            "LFU keeps stable popular items under scan-heavy traffic; LRU adapts faster to shifting popularity; hybrids (frequency sketches with admission) combine both.",
        },
      ],
      signals: [
        "Writes a reusable linked-list component and tests invariants.",
        "Explains stampede protection clearly.",
      ],
      redFlags: [
        "O(n) eviction by scanning for the minimum.",
        "Forgetting to update min_freq.",
        "Calling listeners or loaders while holding the cache lock.",
        "Caching loader exceptions forever.",
      ],
      metrics: ["Levels completed with passing tests.", "O(1) get and put through Level 3."],
      takeaway:
        "Get the O(1) structures right, then separate policy from storage and make concurrency, expiry and loading explicit.",
    },
    phases: oopPhases(45, {
      l1: "O(1) LRU with map and linked list.",
      l2: "O(1) LFU, delete, stats, TTL.",
      l3: "Thread safety, weights, striping.",
      l4: "Pluggable policies, listeners, single-flight loading.",
      wrapUp: "Distributed caching, invalidation and stampedes.",
    }),
    rubric: "coding",
  },

  // ---------------------------------------------------------------- thread pool / task scheduler
  {
    slug: "oop-thread-pool-task-scheduler",
    title: "Multi-level OOP: thread pool and task scheduler",
    kind: "CODING",
    roundType: "oop-design",
    difficulty: "HARD",
    minutes: 60,
    tags: [
      "oop-multi-level",
      "task-scheduler",
      "thread-pool",
      "priority-queue",
      "dependencies",
      "retries",
      "concurrency",
    ],
    source: { seed: SEED, ref: `${REF}: Thread Pool / Task Scheduler` },
    brief: {
      summary:
        "Build a task scheduler that runs prioritized tasks, grows to delayed and dependent tasks, a real worker pool, and production-grade failure handling.",
      context: OOP_CONTEXT,
      requirements: [
        "Level 1 (core): class Scheduler with submit(task_id: str, fn: Callable[[], Any], priority: int = 0) -> None, run_next() -> str | None (runs the highest-priority pending task synchronously, FIFO among equal priorities, returns its id or None), status(task_id) -> 'PENDING' | 'RUNNING' | 'DONE' | 'FAILED' and result(task_id) -> Any (re-raises the task's exception if it failed). Duplicate ids raise DuplicateTaskError.",
        "Level 1 example: submit('a', f, 1); submit('b', g, 5); submit('c', h, 5); run_next() -> 'b'; run_next() -> 'c'; run_next() -> 'a'; run_next() -> None; status('a') -> 'DONE'.",
        "Level 2 (constraints): Scheduler(clock). submit gains run_at: float | None and depends_on: list[str]. A task is runnable only when its time has come and all dependencies are DONE; if a dependency fails or is cancelled, dependents become CANCELLED. Dependencies may name tasks submitted later; a submission that would create a cycle raises CycleError. cancel(task_id) -> bool works only for PENDING tasks.",
        "Level 2 example: submit('x', f, depends_on=['y']); submit('y', g); run_next() -> 'y'; run_next() -> 'x'. submit('z', h, run_at=10) with clock at 5: run_next() -> None; clock at 10: run_next() -> 'z'. If 'y' had failed, status('x') -> 'CANCELLED'.",
        "Level 3 (concurrency): class ThreadPool(num_workers: int, queue_capacity: int, clock) with the same scheduling rules, where submit returns a Future (result(timeout=None), done()). Workers run tasks in parallel; submit raises QueueFullError when queue_capacity tasks are pending; shutdown(wait: bool) stops accepting tasks and either drains pending tasks or cancels them. Every accepted task ends exactly once in DONE, FAILED or CANCELLED.",
        "Level 3 example: 2 workers, capacity 1: two long tasks start running, a third is queued, a fourth raises QueueFullError; shutdown(wait=False) leaves the queued task CANCELLED and the running ones DONE.",
        "Level 4 (production-like): ThreadPool(config: PoolConfig, clock). Config selects a RejectionPolicy (ABORT, CALLER_RUNS, DISCARD_OLDEST or custom) and a default RetryPolicy(max_attempts, base_delay) with exponential backoff; failed tasks that exhaust retries go to dead_letters(); tasks may declare timeout and receive a CancellationToken they should check, ending as TIMED_OUT when exceeded; schedule_recurring(task_id, fn, interval) runs a task repeatedly until cancelled; metrics() reports queue depth, active workers, completed, failed, retried.",
        "Level 4 example: a task that fails twice then succeeds with max_attempts=3 ends DONE after 3 attempts; one that always fails ends FAILED and appears in dead_letters(); with CALLER_RUNS a submit on a full queue runs the task on the caller's thread.",
      ],
      constraints: [
        "Up to 10^5 tasks in tests; scheduling decisions should be O(log n).",
        "Time for delays and backoff comes from the injected clock.",
        "Threads cannot be killed forcibly; design cancellation accordingly.",
      ],
      deliverable:
        "Working code for as many levels as you reach, then discuss how this becomes a distributed job system.",
    },
    guide: {
      overview:
        "A Task record (id, callable, priority, state, attempts) with a legal state machine; a heap keyed by (-priority, sequence) for stable priority ordering; a delay heap keyed by run_at; a dependency graph with remaining-dependency counts (topological scheduling) and cycle detection; condition variables for workers; strategy objects for rejection and retry; cooperative cancellation.",
      whyAsked:
        "Combines algorithms (heaps, topological ordering), concurrency primitives and production concerns (backpressure, retries, dead letters), which is exactly the mix OOP rounds use to judge backend design sense.",
      referenceSteps: [
        {
          title: "Level 1",
          detail:
            "Task dataclass; dict id to Task; heap of (-priority, seq, id) with a monotonically increasing seq for FIFO ties; run_next pops, sets RUNNING, runs, stores result or exception.",
        },
        {
          title: "Level 2",
          detail:
            "Blocked tasks tracked with remaining-dependency counts and reverse edges (dependents); on DONE decrement dependents and enqueue those reaching zero; on FAILED or CANCELLED propagate cancellation through dependents; delayed tasks live in a run_at heap and move to the ready heap when the clock passes; cycle check by DFS from the new task over known edges; lazy deletion for cancelled heap entries.",
        },
        {
          title: "Level 3",
          detail:
            "One lock plus condition variable guarding the queues; workers wait for ready tasks or the next run_at; Future objects set on completion; bounded capacity check at submit; shutdown flag, draining or cancelling pending tasks, joining workers.",
        },
        {
          title: "Level 4",
          detail:
            "RejectionPolicy and RetryPolicy interfaces from config; retries re-enqueue with run_at = now + base_delay * 2^(attempt-1); dead-letter list; CancellationToken checked by tasks, watchdog marks TIMED_OUT; recurring tasks re-schedule themselves after each run; metrics counters updated under the lock.",
        },
        {
          title: "Wrap-up",
          detail:
            "Distributed version: durable queue (message broker or database table), workers leasing tasks with visibility timeouts, at-least-once execution so tasks must be idempotent, dependency state stored durably (workflow engine), horizontal scaling of workers, and monitoring of queue lag.",
        },
      ],
      keyDecisions: [
        {
          decision: "Handling cancelled tasks inside the heap",
          options: ["remove from heap (O(n))", "lazy deletion on pop"],
          tradeOff:
            "Removing keeps the heap clean but is linear; lazy deletion is O(log n) with some wasted pops.",
        },
        {
          decision: "Backpressure when full",
          options: ["reject", "block caller", "caller runs", "drop oldest"],
          tradeOff:
            "Rejecting is explicit but pushes work to callers; blocking can deadlock if callers are workers; caller-runs slows producers naturally; dropping loses work silently unless logged.",
        },
        {
          decision: "Timeouts",
          options: ["forcibly kill", "cooperative cancellation token"],
          tradeOff:
            "Threads cannot be safely killed; cooperative cancellation is safe but relies on tasks checking the token, so the pool marks TIMED_OUT and stops waiting.",
        },
      ],
      keyPoints: [
        "Explicit task state machine with legal transitions only.",
        "Stable priority ordering via a sequence number.",
        "Dependencies scheduled topologically; failures propagate as cancellations; cycles rejected.",
        "Workers coordinate through condition variables, not busy waiting.",
        "Retry, rejection and cancellation are policies, configured rather than hard-coded.",
        "Every accepted task reaches exactly one terminal state.",
      ],
      followUps: [
        {
          question: "A worker process crashes mid-task in the distributed version. What happens?",
          goodAnswer:
            "Its lease expires and another worker picks the task up, so execution is at-least-once; tasks must be idempotent or use deduplication keys.",
        },
        {
          question: "How do you avoid starvation of low-priority tasks?",
          goodAnswer:
            "Aging (raise effective priority with wait time), weighted fair queues per priority class, or reserved worker capacity.",
        },
      ],
      signals: [
        "Designs the state machine before threading.",
        "Tests concurrency edge cases (shutdown during run, cancel during retry).",
      ],
      redFlags: [
        "Busy-wait loops with sleep.",
        "Priority ties resolved nondeterministically.",
        "Dependency failures leave dependents PENDING forever.",
        "Tasks lost or run twice on shutdown.",
      ],
      metrics: ["Levels completed with passing tests.", "O(log n) scheduling per task."],
      takeaway:
        "A scheduler is a state machine over prioritized, dependent tasks; concurrency and failure handling are policies layered on a correct core.",
    },
    phases: oopPhases(60, {
      l1: "Task records, stable priority queue, status and results.",
      l2: "Delays, dependencies, cancellation propagation, cycle detection.",
      l3: "Worker pool, futures, bounded queue, shutdown semantics.",
      l4: "Rejection and retry policies, dead letters, timeouts, recurring tasks, metrics.",
      wrapUp: "Distributed job queues, leases and idempotency.",
    }),
    rubric: "coding",
  },

  // ---------------------------------------------------------------- transaction / credit system
  {
    slug: "oop-transaction-credit-system",
    title: "Multi-level OOP: transaction and credit system",
    kind: "CODING",
    roundType: "oop-design",
    difficulty: "MEDIUM",
    minutes: 60,
    tags: ["oop-multi-level", "banking-system", "ledger", "idempotency", "scheduled-payments", "concurrency"],
    source: { seed: SEED, ref: `${REF}: Transaction / Credit System` },
    brief: {
      summary:
        "Build an account system with deposits and transfers, then add spending rankings, expiring credits, idempotent and scheduled payments, a ledger, and pluggable fees.",
      context: OOP_CONTEXT,
      requirements: [
        "Level 1 (core): class CreditSystem with create_account(timestamp: int, account_id: str) -> bool, deposit(timestamp, account_id, amount: int) -> int | None (new balance, None if the account is missing) and transfer(timestamp, source_id, target_id, amount: int) -> int | None (source's new balance; None if an account is missing, source equals target, or funds are insufficient). Amounts are integers in cents; timestamps strictly increase across calls.",
        "Level 1 example: create_account(1, 'a') -> True; create_account(2, 'a') -> False; deposit(3, 'a', 500) -> 500; create_account(4, 'b') -> True; transfer(5, 'a', 'b', 200) -> 300; transfer(6, 'a', 'b', 1000) -> None; transfer(7, 'a', 'a', 10) -> None.",
        "Level 2 (more APIs): top_spenders(timestamp, n: int) -> list[str] as 'id(total_outgoing)' sorted by total descending then id ascending; grant_credit(timestamp, account_id, amount, expires_at: int) -> bool adds promotional credit usable until expires_at (exclusive); balance(timestamp, account_id) -> int | None counts cash plus unexpired credit. Transfers spend credit before cash, earliest-expiring credit first; the recipient receives cash.",
        "Level 2 example (continuing): top_spenders(8, 2) -> ['a(200)', 'b(0)']; grant_credit(9, 'b', 100, 20); balance(10, 'b') -> 300; transfer(11, 'b', 'a', 150) -> 150 (100 credit then 50 cash); balance(12, 'b') -> 150.",
        "Level 3 (correctness and concurrency): every mutating call accepts an optional request_id; repeating a request_id returns the original result without applying it again. schedule_payment(timestamp, account_id, amount, delay) -> str returns a payment id; due payments are processed, in due-time then creation order, before any call whose timestamp is at or after their due time; a payment that cannot be covered is marked FAILED. cancel_payment(timestamp, account_id, payment_id) -> bool. Calls may come from many threads: total money is conserved and concurrent opposite transfers never deadlock.",
        "Level 3 example: deposit(13, 'a', 50, request_id='r1') -> 500; deposit(14, 'a', 50, request_id='r1') -> 500 (not applied twice); schedule_payment(15, 'a', 100, 10) -> 'payment1'; balance(25, 'a') -> 400.",
        "Level 4 (production-like): CreditSystem(config: SystemConfig). All balance changes are recorded as immutable ledger entries; balance_at(timestamp, account_id, time_at: int) -> int | None returns the historical balance. merge_accounts(timestamp, target_id, source_id) -> bool moves the source's cash, credits, pending payments and spending totals into the target and closes the source, while balance_at for the source before the merge still works. Config supplies a FeePolicy (e.g. percent fee with a minimum) charged on transfers to a platform account. Multi-step operations are atomic: if any step fails nothing is applied and the failure is recorded in audit_log().",
        "Level 4 example: fee 1% with minimum 1: transfer of 200 costs the source 202 and credits 2 to the platform account; if the source has exactly 200, the transfer returns None and nothing changes.",
      ],
      constraints: [
        "Up to 10^5 accounts and 10^6 operations in tests.",
        "Use integer cents; no floating-point money.",
        "Focus on entities, invariants and interfaces, not persistence.",
      ],
      deliverable:
        "Working code for as many levels as you reach, then discuss how a real payment ledger scales and stays consistent.",
    },
    guide: {
      overview:
        "Accounts referenced by id, an append-only ledger as the source of truth with cached balances as a projection, credit lots in a min-heap by expiry, an idempotency store keyed by request_id, a due-time heap for scheduled payments processed lazily at each call, ordered locking for transfers, and pluggable fee policies with atomic multi-step operations.",
      whyAsked:
        "The canonical CodeSignal-style system where design choices show: integer money, ledger vs mutable balance, idempotency, atomicity and lock ordering are what a backend engineer would insist on.",
      referenceSteps: [
        {
          title: "Level 1",
          detail:
            "Account entity (id, cash, outgoing_total); system holds dict id to Account; validation first, then mutate; return values as specified.",
        },
        {
          title: "Level 2",
          detail:
            "Credit lots (amount, expires_at) per account in a min-heap; expired lots dropped lazily; spending consumes lots in expiry order, then cash; top_spenders sorts with key (-total, id) or maintains a sorted structure if queried often.",
        },
        {
          title: "Level 3",
          detail:
            "Idempotency map from request_id to stored result (checked before processing, written atomically with the effect); scheduled payments in a heap of (due, seq, id), processed at the start of each call up to its timestamp; per-account locks acquired in sorted id order for transfers; a global invariant check that total money equals deposits plus credits granted minus expirations.",
        },
        {
          title: "Level 4",
          detail:
            "LedgerEntry(timestamp, account_id, delta, kind, reference) appended for every change; balances derived or cached and verifiable by replaying; balance_at by binary search over per-account cumulative entries; merge recorded as entries plus an alias mapping so history stays queryable; FeePolicy interface; operations build a list of entries, validate, then commit all at once; audit log for rejected operations.",
        },
        {
          title: "Wrap-up",
          detail:
            "Production ledgers use double-entry bookkeeping, idempotency keys stored with the transaction in the same database transaction, sharding by account with careful handling of cross-shard transfers (sagas or two-phase commit), and reconciliation jobs.",
        },
      ],
      keyDecisions: [
        {
          decision: "Source of truth",
          options: ["mutable balance field", "append-only ledger with cached balances"],
          tradeOff:
            "A balance field is simple but loses history and makes audits and balance_at impossible; a ledger enables history and reconciliation at the cost of storage.",
        },
        {
          decision: "Concurrency for transfers",
          options: ["global lock", "per-account locks in a fixed order"],
          tradeOff:
            "A global lock is safe but serializes everything; ordered per-account locks scale and avoid deadlock.",
        },
        {
          decision: "Scheduled payments",
          options: ["background timer thread", "process due payments lazily on each call"],
          tradeOff:
            "A timer depends on wall-clock time and threads; lazy processing with caller timestamps is deterministic and testable.",
        },
      ],
      keyPoints: [
        "Money as integers; invariants on conservation of money checked in tests.",
        "Accounts and related records reference each other by id.",
        "Idempotency keys make retries safe.",
        "Ledger entries are immutable; balances are projections.",
        "Transfers lock accounts in a consistent order.",
        "Multi-step operations validate everything before committing any entry.",
      ],
      followUps: [
        {
          question:
            "A client times out and retries a transfer. How do you guarantee it happens once across multiple servers?",
          goodAnswer:
            "Store the idempotency key with a unique constraint in the same database transaction as the ledger entries; a retry finds the key and returns the stored result.",
        },
        {
          question: "How would you shard accounts and handle transfers across shards?",
          goodAnswer:
            "Shard by account id; cross-shard transfers via a saga (debit with a pending entry, credit, then finalize or compensate) or two-phase commit; reconciliation jobs catch inconsistencies.",
        },
      ],
      signals: ["Raises money representation and idempotency unprompted.", "Keeps history immutable."],
      redFlags: [
        "Floating-point balances.",
        "Partial updates when a later step fails.",
        "Deadlock-prone locking order.",
        "Wall-clock timers for scheduled payments in a timestamp-driven API.",
      ],
      metrics: [
        "Levels completed with passing tests.",
        "Transfers O(log c) in credit lots; history queries O(log n).",
      ],
      takeaway:
        "Treat money like a backend engineer: integer amounts, immutable ledger, idempotent requests, atomic multi-step operations and ordered locking.",
    },
    phases: oopPhases(60, {
      l1: "Accounts, deposits, validated transfers.",
      l2: "Spending rankings, expiring credits, balances.",
      l3: "Idempotency, scheduled payments, thread-safe transfers.",
      l4: "Ledger and history, merges, pluggable fees, atomic operations and audit log.",
      wrapUp: "Double-entry ledgers, sharding and cross-shard transfers.",
    }),
    rubric: "coding",
  },

  // ---------------------------------------------------------------- employee management system
  {
    slug: "oop-employee-management-system",
    title: "Multi-level OOP: employee management system",
    kind: "CODING",
    roundType: "oop-design",
    difficulty: "MEDIUM",
    minutes: 60,
    tags: ["oop-multi-level", "employee-management", "org-chart", "tree", "access-control", "audit-log"],
    source: { seed: SEED, ref: `${REF}: Employee Management System` },
    brief: {
      summary:
        "Build an employee directory with departments and reporting lines, growing to roles and compensation, large-org queries, access control and bulk import.",
      context: OOP_CONTEXT,
      requirements: [
        "Level 1 (core): class EmployeeSystem with add_department(department_id: str, name: str) -> bool, rename_department(department_id, name) -> bool, add_employee(employee_id: str, name: str, department_id: str, manager_id: str | None = None) -> bool (False for duplicate ids, unknown department or unknown manager), get_employee(employee_id) -> dict | None with name, department name and manager id, and list_department(department_id) -> list[str] of employee ids sorted.",
        "Level 1 example: add_department('d1', 'Infra'); add_employee('e1', 'Ana', 'd1'); add_employee('e2', 'Bo', 'd1', 'e1'); rename_department('d1', 'Platform'); get_employee('e2') -> {'name': 'Bo', 'department': 'Platform', 'manager_id': 'e1'}; add_employee('e3', 'Cy', 'd9') -> False.",
        "Level 2 (constraints and APIs): add_role(role_id, title, band_min: int, band_max: int) -> bool; assign_role(employee_id, role_id, salary: int, effective_date: str) -> bool, rejected if salary is outside the band or the date is earlier than the employee's latest assignment; compensation_history(employee_id) -> list of (effective_date, title, salary); move_employee(employee_id, new_manager_id) -> bool, rejected if it would create a reporting cycle; remove_employee(employee_id) -> bool, with direct reports moving to the removed employee's manager.",
        "Level 2 example: e1 manages e2, e2 manages e3; move_employee('e1', 'e3') -> False; remove_employee('e2') -> True; get_employee('e3')['manager_id'] -> 'e1'. Changing a role's title later shows the new title in compensation_history.",
        "Level 3 (performance and correctness): organizations of up to 10^5 employees with 10^5 mixed operations. reports(manager_id, direct_only: bool = False) -> list[str] sorted; headcount(manager_id) -> int counting all direct and indirect reports, fast even after moves; lowest_common_manager(a, b) -> str | None; the system is used from multiple threads; validate() -> bool checks that reporting lines form a forest and headcounts are consistent.",
        "Level 3 example: in a chain e1 -> e2 -> e3 plus e1 -> e4: headcount('e1') -> 3; lowest_common_manager('e3', 'e4') -> 'e1'; after move_employee('e3', 'e4'), headcount('e2') -> 0 and headcount('e4') -> 1.",
        "Level 4 (production-like): EmployeeSystem(config: SystemConfig) with a pluggable AccessPolicy; view_employee(viewer_id, employee_id) -> dict includes salary only if the policy allows (default: members of an HR department or anyone in the employee's management chain). Every change is recorded in audit_log() as an event with actor, action, before and after. bulk_import(rows, mode: 'all_or_nothing' | 'best_effort') -> ImportReport(imported: int, errors: list[(row_index, reason)]), where rows may list employees before their managers.",
        "Level 4 example: rows [e10 managed by e11, e11 with no manager] import both; a row with a salary outside its band fails: in all_or_nothing mode nothing is imported, in best_effort mode only that row is reported.",
      ],
      constraints: [
        "Ids are strings; dates are ISO strings compared lexicographically.",
        "No database; in-memory structures only.",
        "Focus on entity modelling, invariants and interfaces.",
      ],
      deliverable:
        "Working code for as many levels as you reach, then discuss how an HR system like this would be built as a production service.",
    },
    guide: {
      overview:
        "Entities reference each other by id (Employee has department_id, manager_id and role assignments referencing role_id) rather than embedding copies of department names or role titles; indexes for children and department membership; append-only compensation history; subtree headcounts maintained along the ancestor path; access control, audit and import as separate components.",
      whyAsked:
        "The seed's example of a failed design is embedding attributes (price, units) in an item instead of referencing a product id; this system makes that choice visible immediately (renaming a department or role must propagate) and tests tree invariants and production concerns.",
      referenceSteps: [
        {
          title: "Level 1",
          detail:
            "Department(id, name) and Employee(id, name, department_id, manager_id) dataclasses; dicts by id; department membership index (department id to sorted set or set of employee ids); get_employee resolves the department name at read time.",
        },
        {
          title: "Level 2",
          detail:
            "Role(id, title, band) and RoleAssignment(employee_id, role_id, salary, effective_date) appended to history; children index (manager id to set of reports); cycle check by walking up from the new manager to the root; remove reattaches direct reports and updates indexes.",
        },
        {
          title: "Level 3",
          detail:
            "Subtree headcount stored per node, updated by walking ancestors on add, remove and move (O(depth)); reports via DFS over the children index; lowest common manager via ancestor sets or depth-aligned walking (binary lifting if depth is large and the tree is static between queries); a readers-writer lock; validate recomputes counts and checks acyclicity.",
        },
        {
          title: "Level 4",
          detail:
            "AccessPolicy interface can_view_salary(viewer, employee, system); audit events created by a single mutation path so nothing bypasses logging; bulk import builds a staging graph, topologically orders rows by manager dependency, validates every row, then applies all (all_or_nothing) or valid ones (best_effort); config object selects policy and mode defaults.",
        },
        {
          title: "Wrap-up",
          detail:
            "In production: relational tables with foreign keys, effective-dated records for history, a closure table or materialized path for hierarchy queries, permission checks in a policy service, event sourcing or change-data-capture for audit, and privacy controls on compensation data.",
        },
      ],
      keyDecisions: [
        {
          decision: "Embedding vs referencing",
          options: ["store department name and role title on the employee", "store ids and resolve on read"],
          tradeOff:
            "Embedding is convenient for reads but goes stale on renames and duplicates data; ids keep a single source of truth, exactly the backend habit the seed highlights.",
        },
        {
          decision: "Hierarchy queries",
          options: ["recompute on each query", "maintain subtree counts", "closure table or Euler tour"],
          tradeOff:
            "Recomputing is O(subtree) per query; maintained counts cost O(depth) per update; closure tables or Euler tours speed queries but complicate moves.",
        },
        {
          decision: "Bulk import failure mode",
          options: ["all or nothing", "best effort with error report"],
          tradeOff:
            "All-or-nothing keeps data consistent but one bad row blocks everything; best effort makes progress but needs clear reporting and partial-state handling.",
        },
      ],
      keyPoints: [
        "Entities reference each other by id; derived display values are resolved at read time.",
        "Invariant: reporting lines form a forest; every manager id exists; indexes match the primary data.",
        "Compensation history is append-only and effective-dated.",
        "Cycle checks on moves; reports reattached on removal.",
        "Access control, audit and import are separate, pluggable components with a single mutation path.",
      ],
      followUps: [
        {
          question: "The company reorganizes 5,000 people at once. How does your design handle it?",
          goodAnswer:
            "Treat it as a bulk operation: validate the target structure as a whole (no cycles, all managers exist), apply atomically, recompute headcounts once rather than per move, and emit grouped audit events.",
        },
        {
          question: "How would you store this hierarchy in a relational database for fast subtree queries?",
          goodAnswer:
            "Adjacency list plus a closure table (ancestor, descendant, depth) or materialized paths; recursive queries for small orgs; update closure rows on moves in one transaction.",
        },
      ],
      signals: [
        "Chooses ids over embedded attributes without being told.",
        "States and tests tree invariants.",
      ],
      redFlags: [
        "Copies department names or role titles into employee records.",
        "Overwrites salary instead of keeping history.",
        "Moves that can create cycles.",
        "Access checks scattered across methods instead of a policy.",
      ],
      metrics: ["Levels completed with passing tests.", "Headcount queries O(1) with O(depth) updates."],
      takeaway:
        "Model entities by id, keep history append-only, protect the hierarchy's invariants, and isolate policy, audit and import concerns.",
    },
    phases: oopPhases(60, {
      l1: "Departments and employees referencing each other by id.",
      l2: "Roles and compensation history, moves with cycle checks, removals.",
      l3: "Subtree queries, headcounts, lowest common manager, thread safety, validation.",
      l4: "Access policy, audit log, bulk import with failure modes.",
      wrapUp: "Relational modelling of hierarchies, audit and privacy in production.",
    }),
    rubric: "coding",
  },
];

export const rubrics: RubricTemplateDefinition[] = [];
