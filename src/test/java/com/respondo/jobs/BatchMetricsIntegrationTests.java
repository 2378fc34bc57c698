package com.respondo.jobs;

import com.respondo.testsupport.AdminClients;
import com.respondo.testsupport.Executions;
import com.respondo.testsupport.RespondoIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Batch's own job and step metrics are in the application's meter registry (so on {@code /actuator/prometheus}):
 * a run of a job times the job and each of its steps, tagged with their names and status.
 */
@RespondoIntegrationTest
class BatchMetricsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JobHistory history;

    @Autowired
    MeterRegistry meters;

    @Test
    void aJobRunIsTimedAsAJobAndPerStep() {
        long id = AdminClients.launch(AdminClients.admin(port), "data-collection");
        Executions.ended(history, id);

        Timer job = meters.find("spring.batch.job").tag("spring.batch.job.name", "data-collection").timer();
        Timer step = meters.find("spring.batch.step").tag("spring.batch.step.name", "data-collection").timer();
        assertThat(job).as("spring.batch.job of data-collection, among %s", meters.getMeters().stream()
            .map(meter -> meter.getId().toString())
            .filter(name -> name.contains("batch"))
            .toList()).isNotNull();
        assertThat(job.count()).isPositive();
        assertThat(step).isNotNull();
        assertThat(step.count()).isPositive();
    }
}
