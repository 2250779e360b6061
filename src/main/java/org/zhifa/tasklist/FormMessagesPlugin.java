package org.zhifa.tasklist;

import java.util.Set;

import jakarta.ws.rs.Path;

import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/**
 * A Tasklist plugin that shows the validation messages of Camunda Forms in Chinese to Chinese browsers.
 *
 * <p>form-js 1.8.7, the form renderer of Tasklist 7.24, has its messages ("Field is required.") in English only and
 * outside the webapp's locale files; the plugin's script ({@code plugin-webapp/zhifa-form-messages/app/plugin.js})
 * replaces them as they appear. Registered in {@code META-INF/services}, as the webapps discover plugins.
 */
public class FormMessagesPlugin extends AbstractTasklistPlugin {

	static final String ID = "zhifa-form-messages";

	@Override
	public String getId() {
		return ID;
	}

	@Override
	public Set<Class<?>> getResourceClasses() {
		return Set.of(RootResource.class);
	}

	/** Serves the plugin's static script under {@code /camunda/api/tasklist/plugin/zhifa-form-messages/static/}. */
	@Path("plugin/" + ID)
	public static class RootResource extends AbstractTasklistPluginRootResource {

		public RootResource() {
			super(ID);
		}

	}

}
