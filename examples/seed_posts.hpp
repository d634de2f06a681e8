// SPDX-License-Identifier: MIT
// The posts of the Distributed-Systems tag of Rafiul Alam's blog (https://alamrafiul.com), as a
// program that generates its feed would read them from its database: the data write_feed.cpp
// turns into the feed in tests/data/alamrafiul-distributed-systems.xml.
#ifndef FEEDPP_EXAMPLES_SEED_POSTS_HPP
#define FEEDPP_EXAMPLES_SEED_POSTS_HPP

#include <array>
#include <string_view>

struct Post {
  std::string_view title;
  std::string_view path;  // the post's URL is https://alamrafiul.com/<path>/
  int year, month, day;   // published at midnight UTC
  std::string_view summary_html;
};

inline constexpr std::array<Post, 20> kPosts = {
    {
        {"Building Real-World Event Streaming Systems with Go and Kafka",
         "posts/golang-kafka-practical-guide", 2026, 3, 23,
         R"post(A practical, hands-on guide to Apache Kafka with Go — covering producers, consumers, consumer groups, and three real-world use cases: e-commerce order processing, real-time analytics, and microservices event coordination.)post"},
        {"Messaging Systems: A Visual Reference", "posts/messaging-systems-visual-guide", 2026, 3,
         23,
         R"post(15 messaging scenarios with increasing complexity — Kafka, RabbitMQ, and JetStream NATS compared through diagrams. Less words, more architecture.)post"},
        {"Caching Strategies: A Visual Guide", "posts/caching-strategies-visual-guide", 2026, 3, 15,
         R"post(Visual deep dive into caching strategies — cache-aside, write-through, write-behind, read-through, eviction policies, and distributed caching explained through Mermaid diagrams with incremental complexity.)post"},
        {"Distributed Transactions: A Visual Guide", "posts/distributed-transactions-visual-guide",
         2026, 3, 13,
         R"post(Visual deep dive into distributed transactions — Two-Phase Commit, Three-Phase Commit, Saga patterns, and compensation strategies explained through Mermaid diagrams with incremental complexity.)post"},
        {"Distributed Storage: A Visual Guide", "posts/distributed-storage-visual-guide", 2026, 3,
         11,
         R"post(Visual deep dive into distributed storage — replication strategies, partitioning schemes, consistent hashing, and data placement explained through Mermaid diagrams with incremental complexity.)post"},
        {"Consensus Algorithms: A Visual Guide", "posts/consensus-algorithms-visual-guide", 2026, 3,
         9,
         R"post(Visual deep dive into consensus algorithms — Raft leader election, log replication, Paxos prepare-accept, and Multi-Paxos optimizations explained through Mermaid diagrams with incremental complexity.)post"},
        {"Building Resilient Workflows with Temporal.io: A Coffee Shop Tutorial",
         "blogs/temporal-coffee-shop-workflow", 2025, 11, 22,
         R"post(<p>Building reliable distributed systems is challenging. Network failures, service outages, and unexpected errors can leave your workflows in inconsistent states. What if there was a way to build workflows that are inherently resilient, automatically handling retries, timeouts, and state management?</p>
<p>Enter <strong>Temporal.io</strong> - a workflow orchestration platform that makes building reliable distributed applications dramatically easier. In this comprehensive tutorial, we&rsquo;ll build a coffee shop ordering system that demonstrates Temporal&rsquo;s powerful capabilities.</p>)post"},
        {"The Token Ring: Fair Resource Access Through Token Passing", "blogs/token-ring", 2025, 11,
         10,
         R"post(<h2 id="the-token-ring-problem">The Token Ring Problem</h2>
<p>The Token Ring is a classic distributed mutual exclusion algorithm where nodes are arranged in a logical ring, and a single token circulates. Only the node holding the token can access the shared resource. It&rsquo;s simple, fair, and starvation-free.</p>
<h2 id="the-scenario">The Scenario</h2>
<p><strong>Nodes arranged in a ring:</strong></p>
<ul>
<li>N nodes form a logical ring</li>
<li>A single token passes around the ring</li>
<li>Only token holder can enter critical section</li>
<li>After using resource, pass token to next node</li>
<li><strong>Properties</strong>: Fair (FIFO order), no starvation, deadlock-free</li>
</ul>
<p><strong>The challenge:</strong></p>)post"},
        {"The Gossiping Problem: Efficient Information Spreading", "blogs/gossiping-problem", 2025,
         10, 29,
         R"post(<h2 id="the-gossiping-problem">The Gossiping Problem</h2>
<p>The Gossiping Problem is a classic problem in distributed systems and graph theory. N people each know a unique secret, and they share information through phone calls. On each call, both parties share all secrets they know. The goal: find the minimum number of calls needed for everyone to know all secrets.</p>
<h2 id="the-scenario">The Scenario</h2>
<p><strong>N people, N secrets:</strong></p>
<ul>
<li>Person i knows secret Si initially</li>
<li>When persons i and j call each other, they share ALL secrets they know</li>
<li>Goal: Everyone knows all N secrets</li>
<li><strong>Question</strong>: What&rsquo;s the minimum number of calls?</li>
</ul>
<h2 id="the-mathematical-result">The Mathematical Result</h2>
<p><strong>For n ≥ 4 people:</strong></p>)post"},
        {"Building Scalable Event-Driven Microservices in Go: A User and Notes Service Example",
         "posts/event-driven-microservices-go", 2025, 10, 15,
         R"post(Learn how to build scalable, resilient event-driven microservices in Go using NATS JetStream, Watermill, Bun ORM, and PostgreSQL with practical User and Notes service examples.)post"},
        {"Two Generals' Problem: The Impossibility of Perfect Consensus",
         "blogs/two-generals-problem", 2025, 10, 14,
         R"post(<h2 id="the-two-generals-problem">The Two Generals&rsquo; Problem</h2>
<p>The Two Generals&rsquo; Problem, also known as the Two Armies Problem, is a classic thought experiment that demonstrates the <strong>impossibility</strong> of achieving perfect consensus over an unreliable communication channel. It was first formulated by E. A. Akkoyunlu, K. Ekanadham, and R. V. Huber in 1975.</p>
<h2 id="the-scenario">The Scenario</h2>
<p><strong>Two armies need to coordinate an attack:</strong></p>
<ul>
<li>General A and General B surround an enemy</li>
<li>They must attack <strong>simultaneously</strong> to win</li>
<li>If only one attacks → defeat</li>
<li>They communicate via <strong>messengers</strong> through enemy territory</li>
<li>Messages can be <strong>lost</strong> or <strong>intercepted</strong></li>
<li><strong>Question</strong>: Can they guarantee coordinated attack?</li>
</ul>
<h2 id="the-impossible-dilemma">The Impossible Dilemma</h2>
<div class="mermaid">%%{init: {'theme':'dark', 'themeVariables': {'primaryTextColor':'#e5e7eb','secondaryTextColor':'#e5e7eb','tertiaryTextColor':'#e5e7eb','textColor':'#e5e7eb','nodeTextColor':'#e5e7eb','edgeLabelText':'#e5e7eb','clusterTextColor':'#e5e7eb','actorTextColor':'#e5e7eb'}}}%%
sequenceDiagram
    participant GA as General A
    participant Enemy as Enemy Territory
    participant GB as General B

    Note over GA: Wants to attack<br/>at dawn

    GA->>Enemy: "Attack at dawn"
    Enemy->>GB: Message delivered

    Note over GB: Received message,<br/>but A doesn't know!

    GB->>Enemy: "Acknowledged"
    Enemy->>GA: ACK delivered?

    Note over GA: Received ACK,<br/>but B doesn't know!

    GA->>Enemy: "ACK of ACK"
    Enemy->>GB: Delivered?

    Note over GA,GB: This never ends!
</div>
<h2 id="the-core-problem">The Core Problem</h2>
<p><strong>The infinite regress:</strong></p>)post"},
        {"The Bully Election: Leader Election in Distributed Systems", "blogs/bully-election", 2025,
         8, 20,
         R"post(<h2 id="the-bully-election-algorithm">The Bully Election Algorithm</h2>
<p>The Bully Algorithm, proposed by Hector Garcia-Molina in 1982, is a classic leader election algorithm for distributed systems. It&rsquo;s called &ldquo;bully&rdquo; because the highest-numbered process always wins and &ldquo;bullies&rdquo; the others into accepting it as leader.</p>
<h2 id="the-scenario">The Scenario</h2>
<p><strong>A distributed system needs a coordinator:</strong></p>
<ul>
<li>N nodes in a network</li>
<li>Each node has a unique ID (priority)</li>
<li>One node must be elected as leader</li>
<li>When the leader fails, a new leader must be elected</li>
<li><strong>Rule</strong>: The node with the highest ID wins</li>
</ul>
<p><strong>The protocol:</strong></p>)post"},
        {"The Byzantine Generals: Achieving Consensus with Traitors", "blogs/byzantine-generals",
         2025, 8, 14,
         R"post(<h2 id="the-byzantine-generals-problem">The Byzantine Generals Problem</h2>
<p>The Byzantine Generals Problem, proposed by Leslie Lamport, Robert Shostak, and Marshall Pease in 1982, is one of the most important problems in distributed systems. It addresses the challenge of achieving consensus when some participants may be faulty or malicious.</p>
<h2 id="the-scenario">The Scenario</h2>
<p><strong>Byzantine army divisions surround a city:</strong></p>
<ul>
<li>N generals command their divisions</li>
<li>They must coordinate: <strong>attack</strong> or <strong>retreat</strong></li>
<li>They communicate via messengers</li>
<li>Some generals are <strong>traitors</strong> who send conflicting messages</li>
<li>Goal: All <strong>loyal</strong> generals must agree on the same plan</li>
</ul>
<p><strong>The challenge:</strong></p>)post"},
        {"Building Payment Gateway Integrations in Go: A Complete Guide",
         "posts/payment-gateway-integration", 2025, 2, 17,
         R"post(Learn how to design and implement robust payment gateway integrations with multiple providers, handling transactions, retries, atomicity, scheduling, and data persistence in both SQL and NoSQL databases.)post"},
        {"From Choreography to Durable Execution: Why Temporal Changes Everything",
         "posts/temporal-durable-execution", 2025, 2, 8,
         R"post(Discover how Temporal&#39;s durable execution model replaces hope-driven choreography with reliable, observable workflows. Learn the difference between event-driven choreography and durable execution with practical Go examples.)post"},
        {"Microservices Architecture in Go: Building Distributed Systems",
         "posts/go-microservices-architecture", 2025, 1, 25, R"post(Learn how to implement Microservices Architecture in Go for building scalable, independently deployable services with clear boundaries and distributed communication patterns.)post"},
        {"Go Concurrency Pattern: The Login Counter", "posts/go-login-counter", 2025, 1, 24,
         R"post(<p><a href="https://alamrafiul.com/posts/go-ticket-seller/">← Ticket Seller</a> | <a href="https://alamrafiul.com/concurrency-patterns/">Series Overview</a> | <a href="https://alamrafiul.com/posts/go-monte-carlo-pi/">Monte Carlo Pi →</a></p>
<hr>
<h2 id="the-problem-counting-what-you-cant-see">The Problem: Counting What You Can&rsquo;t See</h2>
<p>Count concurrent users. On login: increment. On logout: decrement. Simple, right?</p>
<p>Now add reality:</p>
<ul>
<li>The counter is distributed across multiple servers</li>
<li>A user&rsquo;s session times out on one server but they&rsquo;re active on another</li>
<li>The increment message arrives after the decrement message</li>
<li>Network partitions split your cluster</li>
<li>Servers crash mid-operation</li>
</ul>
<p>Suddenly, this &ldquo;simple&rdquo; counter becomes a distributed systems nightmare. Welcome to <strong>distributed counting</strong>, where even addition is hard.</p>)post"},
        {"Visual Guide to Distributed Systems Patterns", "posts/distributed-systems-visual-guide",
         2025, 1, 17,
         R"post(A comprehensive visual guide to distributed systems patterns including Raft consensus, circuit breakers, load balancing algorithms, and message queue patterns with interactive Mermaid diagrams.)post"},
        {"Context Propagation Patterns in Go", "posts/go-context-propagation", 2024, 6, 24,
         R"post(Master context propagation for tracing, cancellation, and deadlines across service boundaries in distributed Go applications.)post"},
        {"Circuit Breaker Pattern in Go", "posts/go-circuit-breaker", 2024, 6, 12,
         R"post(Implement the Circuit Breaker pattern in Go for fault tolerance, preventing cascading failures, and building resilient distributed systems.)post"},
    }};

#endif  // FEEDPP_EXAMPLES_SEED_POSTS_HPP
