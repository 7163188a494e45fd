package dev.javakit.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Having the module on the class path is the whole set-up: Logback finds the configurator itself. */
class KeyValueLogConfiguratorTest {

    @Test
    void logbackFindsTheConfiguratorThroughItsServiceFile() {
        assertThat(ServiceLoader.load(Configurator.class)).hasAtLeastOneElementOfType(KeyValueLogConfigurator.class);
    }

    @Test
    void slf4jLogsThroughTheBufferedKeyValueAppenderAtInfo() {
        // No logback.xml or logback-test.xml is on this module's class path, so SLF4J's first use
        // configured Logback with the module's configurator, as it will in a user's service.
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

        assertThat(root.getLevel()).isEqualTo(Level.toLevel(System.getenv("LOG_LEVEL"), Level.INFO));
        assertThat(root.getAppender("STDERR")).isInstanceOfSatisfying(BufferedStderrAppender.class,
                appender -> assertThat(appender.getEncoder()).isInstanceOf(KeyValueEncoder.class));
    }
}
