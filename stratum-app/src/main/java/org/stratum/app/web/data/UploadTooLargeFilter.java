package org.stratum.app.web.data;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;

/**
 * Sends an upload over {@code spring.servlet.multipart.max-file-size} back to the Data page with a
 * message. It must run before Spring Security: the container drops every field of an upload it
 * refuses, the CSRF token included, so the security chain would answer with a bare "not allowed".
 * Sending the browser back to a page is safe without the token: nothing is stored or changed.
 */
class UploadTooLargeFilter extends OncePerRequestFilter {

    static final String TOO_LARGE = "/data?upload-too-large";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null || !type.toLowerCase().startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            // Reads the parts now; the container keeps them for the security chain and the controller.
            new StandardMultipartHttpServletRequest(request);
        } catch (MaxUploadSizeExceededException tooLarge) {
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader("Location", request.getContextPath() + TOO_LARGE);
            return;
        } catch (MultipartException unreadable) {
            // Not a size problem: the controller reports it as usual.
        }
        chain.doFilter(request, response);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Registration {

        @Bean
        FilterRegistrationBean<UploadTooLargeFilter> uploadTooLargeFilter() {
            FilterRegistrationBean<UploadTooLargeFilter> registration = new FilterRegistrationBean<>(new UploadTooLargeFilter());
            registration.addUrlPatterns("/data/imports");
            registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
            return registration;
        }
    }
}
