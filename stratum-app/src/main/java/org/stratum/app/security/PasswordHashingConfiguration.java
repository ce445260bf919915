package org.stratum.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How passwords are hashed, for sign-in and for account changes made from the command line alike. */
@Configuration(proxyBeanMethods = false)
class PasswordHashingConfiguration {

    /** bcrypt for new hashes; the {id} prefix lets stored hashes move to a stronger scheme later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
