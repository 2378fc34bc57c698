package com.respondo.replay;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import com.respondo.llm.LlmProperties;
import com.respondo.replies.ReplyPreview;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.TempBoxProperties;
import com.respondo.tempbox.Tenants;

/**
 * The replay's beans: the replayer on the TempBox client and the reply preview, its command line, and the reports
 * it wrote as the admin API reads them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReplayProperties.class)
class ReplayConfiguration {

    @Bean
    Replayer replayer(TempBoxClient client, Tenants tenants, ReplyPreview preview, ReplayProperties properties) {
        return new Replayer(client, tenants, preview, Clock.systemUTC(), properties.recent());
    }

    @Bean
    ReplayReports replayReports(ReplayProperties properties) {
        return new ReplayReports(properties.dir());
    }

    @Bean
    ReplayRun replayRun(Replayer replayer, ReplayProperties properties, TempBoxProperties tempBox,
            LlmProperties llm, Environment environment) {
        return new ReplayRun(replayer, new ReportFiles(properties.dir()), tempBox.zone(),
                environment.getProperty("spring.ai.openai.chat.model", "(default)"), llm.promptsDir());
    }
}
