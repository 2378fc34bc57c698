package com.respondo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import com.respondo.jobs.OneShotRun;

/**
 * Respondo: a long-running worker by default; with {@code --run=<job>} a one-shot run that exits with the
 * execution's outcome (see {@link OneShotRun}).
 */
@SpringBootApplication
public class RespondoApplication {

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(RespondoApplication.class, args);
        if (OneShotRun.requested(args)) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
