package org.zhifa.platform;

import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the configuration script of each Camunda webapp, so that the header and the page title show the product's
 * configured name followed by the webapp's Chinese name (the webapps join vendor and name), and
 * Chinese is offered to Chinese browsers, with English as the fallback.
 *
 * <p>The webapps read {@code app/<name>/scripts/config.js} as an ES module; a mapped controller takes precedence over
 * the static copy in the webjar.
 */
@RestController
class WebappBrandingController {

	/** Each webapp's name after the product name in its header and page title. */
	private static final Map<String, String> APPS = Map.of("admin", "系统管理", "cockpit", "流程监控", "tasklist", "任务列表",
			"welcome", "首页");

	private static final String TASKLIST_SHORTCUTS = """
			  shortcuts: {
			    claimTask: {key: 'ctrl+alt+c', description: 'claims the currently selected task'},
			    focusFilter: {key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list'},
			    focusList: {key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list'},
			    focusForm: {key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form'},
			    startProcess: {key: 'ctrl+alt+p', description: 'opens the start process modal dialog'}
			  },
			""";

	private final ZhifaProperties properties;

	WebappBrandingController(ZhifaProperties properties) {
		this.properties = properties;
	}

	@GetMapping(path = "/camunda/app/{app}/scripts/config.js", produces = "application/javascript;charset=UTF-8")
	ResponseEntity<String> config(@PathVariable String app) {
		if (!APPS.containsKey(app)) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.contentType(MediaType.parseMediaType("application/javascript;charset=UTF-8"))
			.body(script(app));
	}

	private String script(String app) {
		return "export default {\n"
				+ "  app: {name: '" + APPS.get(app) + "', vendor: '" + escape(properties.branding().name()) + "'},\n"
				+ "  locales: {availableLocales: [" + (hasChinese(app) ? "'zh', " : "") + "'en'], fallbackLocale: 'en'},\n"
				+ "  disableWelcomeMessage: true,\n"
				+ ("tasklist".equals(app) ? TASKLIST_SHORTCUTS : "")
				+ "};\n";
	}

	private static boolean hasChinese(String app) {
		return new ClassPathResource("META-INF/resources/webjars/camunda/app/" + app + "/locales/zh.json").exists();
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", " ").replace("<", "\\x3c");
	}

}
