package org.stratum.app.equity;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dimensions offered, from the settings ({@code stratum.dimensions.*}), checked at start. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DimensionSettings.class)
class DimensionsConfiguration {

    @Bean
    OfferedDimensions offeredDimensions(DimensionSettings settings) {
        return settings.offered();
    }
}
