package org.stratum.app.workflow.selfid;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the self-identification settings ({@code stratum.self-id.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SelfIdProperties.class)
class SelfIdConfiguration {
}
