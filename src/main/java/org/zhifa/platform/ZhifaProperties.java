package org.zhifa.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the platform.
 *
 * @param dataDir the folder of the embedded database (environment variable {@code ZHIFA_DATA_DIR})
 * @param branding how the webapps present the product
 */
@ConfigurationProperties("zhifa")
public record ZhifaProperties(@DefaultValue("./data") String dataDir, @DefaultValue Branding branding) {

	/**
	 * @param name the product name shown in the webapps' header instead of Camunda's
	 */
	public record Branding(@DefaultValue("西湖西溪综合行政执法") String name) {
	}

}
