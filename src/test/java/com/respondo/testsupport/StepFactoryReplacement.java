package com.respondo.testsupport;

import java.util.List;

import com.respondo.jobs.StepFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.core.type.MethodMetadata;

/**
 * Lets a test's stand-in steps replace the application's own: removes, before any bean is created, every
 * {@link StepFactory} bean declared outside the kept packages, so that each step name is built by exactly one factory
 * (two would stop start-up). Declare it as a {@code static @Bean} of the test configuration.
 */
public final class StepFactoryReplacement implements BeanDefinitionRegistryPostProcessor {

    private final List<String> keptPackages;

    private StepFactoryReplacement(List<String> keptPackages) {
        this.keptPackages = List.copyOf(keptPackages);
    }

    /**
     * Keeps only the step factories declared in these packages (or their subpackages).
     */
    public static StepFactoryReplacement keepingOnly(String... packages) {
        return new StepFactoryReplacement(List.of(packages));
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        ConfigurableListableBeanFactory beanFactory = (ConfigurableListableBeanFactory) registry;
        for (String name : registry.getBeanDefinitionNames()) {
            BeanDefinition definition = registry.getBeanDefinition(name);
            if (definition.isAbstract()) {
                continue;
            }
            Class<?> type = beanFactory.getType(name, false);
            if (type != null && StepFactory.class.isAssignableFrom(type) && !kept(declaringClass(definition))) {
                registry.removeBeanDefinition(name);
            }
        }
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    }

    private boolean kept(@Nullable String className) {
        return className != null && keptPackages.stream().anyMatch(kept -> className.startsWith(kept + "."));
    }

    private static @Nullable String declaringClass(BeanDefinition definition) {
        if (definition instanceof AnnotatedBeanDefinition annotated) {
            MethodMetadata factoryMethod = annotated.getFactoryMethodMetadata();
            if (factoryMethod != null) {
                return factoryMethod.getDeclaringClassName();
            }
        }
        return definition.getBeanClassName();
    }
}
