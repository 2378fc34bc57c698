package com.respondo.replies.push;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.respondo.jobs.JobScheduler;
import com.respondo.jobs.JobsProperties;
import com.respondo.replies.step.RepliesProperties;
import com.respondo.tempbox.NewMessageStream;
import com.respondo.tempbox.Tenants;

/** The push of new customer messages ({@link CustomerMessageWakeups}) and its settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PushProperties.class)
class PushConfiguration {

    @Bean
    CustomerMessageWakeups customerMessageWakeups(NewMessageStream streams, Tenants tenants, JobScheduler scheduler,
            PushProperties properties, RepliesProperties replies, JobsProperties jobs) {
        return new CustomerMessageWakeups(streams, tenants, scheduler, properties, replies.debounce(),
                jobs.schedulerEnabled(), Clock.systemUTC());
    }
}
