package com.respondo.datacollection.step;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class DataCollectionPropertiesTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withUserConfiguration(Binding.class);

    @Test
    void defaultsToAnEightSecondDebouncePagesOfFiftyNoWriteBackAndNoMasking() {
        runner.run(context -> {
            DataCollectionProperties properties = context.getBean(DataCollectionProperties.class);

            assertThat(properties).isEqualTo(DataCollectionProperties.defaults());
            assertThat(properties.writeBack("loja-aurora")).isFalse();
            assertThat(properties.maskPii("loja-aurora")).isFalse();
        });
    }

    @Test
    void aTenantOverridesTheSectionsSettingsOneByOne() {
        runner.withPropertyValues("respondo.data-collection.debounce=20s", "respondo.data-collection.page-size=10",
                "respondo.data-collection.mask-pii=true",
                "respondo.data-collection.tenants.loja-aurora.write-back=true",
                "respondo.data-collection.tenants.clinica-sorriso.mask-pii=false")
            .run(context -> {
                DataCollectionProperties properties = context.getBean(DataCollectionProperties.class);

                assertThat(properties.debounce()).isEqualTo(Duration.ofSeconds(20));
                assertThat(properties.pageSize()).isEqualTo(10);
                assertThat(properties.writeBack("loja-aurora")).isTrue();
                assertThat(properties.maskPii("loja-aurora")).isTrue();
                assertThat(properties.writeBack("clinica-sorriso")).isFalse();
                assertThat(properties.maskPii("clinica-sorriso")).isFalse();
                assertThat(properties.tenants()).containsOnlyKeys("loja-aurora", "clinica-sorriso");
            });
    }

    @Test
    void aPageSizeOutsideOneToFiveHundredOrANegativeDebounceStopsStartUpNamingTheProperty() {
        runner.withPropertyValues("respondo.data-collection.page-size=0").run(context -> assertThat(context)
            .getFailure().rootCause().hasMessageContaining("pageSize"));
        runner.withPropertyValues("respondo.data-collection.debounce=-1s").run(context -> assertThat(context)
            .getFailure().rootCause().hasMessageContaining("debounce"));
    }

    @Test
    void withoutTenantsTheSectionsSettingsApplyToEveryTenant() {
        DataCollectionProperties properties = new DataCollectionProperties(Duration.ZERO, 1, true, true, null);

        assertThat(properties.tenants()).isEqualTo(Map.of());
        assertThat(properties.writeBack("any")).isTrue();
        assertThat(properties.maskPii("any")).isTrue();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(DataCollectionProperties.class)
    static class Binding {
    }
}
