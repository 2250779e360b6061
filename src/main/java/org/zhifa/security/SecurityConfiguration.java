package org.zhifa.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts authentication in front of our API, the engine's REST API and the actuator's metrics. The Camunda webapps keep
 * their own login; the health endpoint stays open for load balancers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(ProcessEngine processEngine) {
		FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ApiAuthenticationFilter(processEngine.getIdentityService(), processEngine.getName()));
		registration.addUrlPatterns("/api/*", "/engine-rest/*", "/actuator/metrics", "/actuator/metrics/*",
				"/actuator/info");
		registration.setName("zhifaApiAuthentication");
		// After the webapps' session filters, before any servlet.
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
		return registration;
	}

}
