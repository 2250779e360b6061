package org.zhifa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Zhifa: case management for integrated administrative law enforcement, on a Camunda 7 engine.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ZhifaApplication {

	public static void main(String[] args) {
		SpringApplication.run(ZhifaApplication.class, args);
	}

}
