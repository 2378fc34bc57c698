/**
 * Respondo's jobs: the definitions in {@code jobs/*.yml} (validated strictly at start-up), their assembly into Spring
 * Batch jobs whose steps are partitioned per tenant (and bucket) and run on every instance sharing the database
 * (remote partitioning through a database-backed queue, with leases), asynchronous launches that never overlap for a
 * job and tenant (also across instances sharing the database, through ShedLock), the schedule of each job, and the
 * recovery of executions a crashed process left running.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.jobs;
