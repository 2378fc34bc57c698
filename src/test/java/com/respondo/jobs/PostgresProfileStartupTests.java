package com.respondo.jobs;

import com.respondo.RespondoApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code postgres} profile never falls back to another database: without a PostgreSQL URL the application
 * refuses to start, naming the setting.
 */
class PostgresProfileStartupTests {

    @Test
    void withoutADatabaseUrlThePostgresProfileRefusesToStartNamingTheSetting() {
        assertThatThrownBy(() -> start("--spring.datasource.url="))
            .isInstanceOf(DatabaseSettingsException.class)
            .hasMessageContaining("SPRING_DATASOURCE_URL")
            .hasMessageContaining("not set");
    }

    @Test
    void withAnotherDatabaseUrlThePostgresProfileRefusesToStartNamingTheSetting() {
        assertThatThrownBy(() -> start("--spring.datasource.url=jdbc:h2:mem:elsewhere;PASSWORD=secret"))
            .isInstanceOf(DatabaseSettingsException.class)
            .hasMessageContaining("SPRING_DATASOURCE_URL")
            .hasMessageContaining("jdbc:postgresql:")
            .hasMessageNotContaining("secret");
    }

    private static void start(String url) {
        new SpringApplicationBuilder(RespondoApplication.class).web(WebApplicationType.NONE)
            .profiles("prod", "postgres")
            .run(url, "--respondo.admin.password=test-admin-password", "--respondo.tempbox.base-url=http://127.0.0.1:1",
                    "--respondo.tempbox.tenants[0].empresa=99c80439-b977-4002-ba4f-7345acc07f6b")
            .close();
    }
}
