package org.zhifa.tasklist;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.zhifa.test.ZhifaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user task of every process the product ships (the top-level {@code processes/} folder) offers a deployed
 * Camunda Form, and every field key of that form names a variable of the process.
 *
 * <p>The variables of a process are the string constants of its backing class (the class named after the process
 * key, such as {@code org.zhifa.intake.ClueIntakeProcess}) and the identifiers in the model's expressions. An input
 * field must name one of them, or the value the officer enters is read by nothing. A read-only field may also show
 * what an earlier form of the same process asked for.
 */
@ZhifaIntegrationTest
class UserTaskFormsIT {

	static final ObjectMapper JSON = new ObjectMapper();

	static final Path PROCESS_FOLDER = Path.of("processes");

	static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");

	static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	@Autowired
	RepositoryService repositoryService;

	@Test
	void shouldOfferEveryUserTaskADeployedFormWhoseKeysAreVariablesOfTheProcess() throws IOException {
		Map<String, JsonNode> forms = deployedForms();
		List<ProcessDefinition> processes = shippedProcesses();
		SoftAssertions softly = new SoftAssertions();

		for (ProcessDefinition process : processes) {
			BpmnModelInstance model = repositoryService.getBpmnModelInstance(process.getId());
			List<UserTask> tasks = new ArrayList<>(model.getModelElementsByType(UserTask.class));
			Set<String> variables = variablesOf(process);
			Set<String> asked = inputKeys(tasks, forms);
			for (UserTask task : tasks) {
				checkForm(softly, process.getKey() + " " + task.getId(), task, forms, variables, asked);
			}
		}

		assertThat(processes).as("processes shipped in %s", PROCESS_FOLDER.toAbsolutePath()).isNotEmpty();
		softly.assertAll();
	}

	@Test
	void shouldNoticeAFormKeyThatNoVariableOfTheProcessCarries() throws IOException {
		BpmnModelInstance model = Bpmn.createExecutableProcess("CheckProcess").startEvent().userTask("Task_Check")
			.endEvent().done();
		UserTask task = model.getModelElementById("Task_Check");
		task.setCamundaFormRef("check-form");
		task.setCamundaFormRefBinding("latest");
		JsonNode form = JSON.readTree("""
				{"id": "check-form", "components": [{"key": "verificationNotez", "type": "textarea"}]}""");
		SoftAssertions softly = new SoftAssertions();

		checkForm(softly, "CheckProcess Task_Check", task, Map.of("check-form", form), Set.of("verificationNotes"),
				Set.of());

		assertThat(softly.errorsCollected()).singleElement()
			.extracting(Throwable::getMessage)
			.asString()
			.contains("verificationNotez");
	}

	private static void checkForm(SoftAssertions softly, String where, UserTask task, Map<String, JsonNode> forms,
			Set<String> variables, Set<String> asked) {
		softly.assertThat(task.getCamundaFormRef()).as("%s: camunda:formRef", where).isNotBlank();
		softly.assertThat(task.getCamundaFormRefBinding()).as("%s: camunda:formRefBinding", where).isNotBlank();
		JsonNode form = task.getCamundaFormRef() == null ? null : forms.get(task.getCamundaFormRef());
		softly.assertThat(form).as("%s: deployed form %s", where, task.getCamundaFormRef()).isNotNull();
		if (form == null) {
			return;
		}

		for (JsonNode field : fields(form)) {
			String key = field.get("key").asText();
			Set<String> known = field.path("readonly").asBoolean() ? union(variables, asked) : variables;
			softly.assertThat(known).as("%s: key %s of form %s is a variable of the process", where, key,
					task.getCamundaFormRef()).contains(key);
		}
	}

	/** The latest version of each process whose model lies in the product's processes folder. */
	private List<ProcessDefinition> shippedProcesses() throws IOException {
		Set<String> shipped = new HashSet<>();
		try (var files = Files.list(PROCESS_FOLDER)) {
			files.forEach(file -> shipped.add("processes/" + file.getFileName()));
		}
		return repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
			.filter(process -> shipped.contains(process.getResourceName()))
			.toList();
	}

	/** Forms by id, the latest deployment of each winning. */
	private Map<String, JsonNode> deployedForms() throws IOException {
		Map<String, JsonNode> forms = new HashMap<>();
		for (Deployment deployment : repositoryService.createDeploymentQuery().orderByDeploymentTime().asc().list()) {
			for (String name : repositoryService.getDeploymentResourceNames(deployment.getId())) {
				if (name.endsWith(".form")) {
					JsonNode form = JSON.readTree(repositoryService.getResourceAsStream(deployment.getId(), name));
					forms.put(form.get("id").asText(), form);
				}
			}
		}
		return forms;
	}

	private Set<String> variablesOf(ProcessDefinition process) throws IOException {
		Set<String> variables = new HashSet<>(backingConstants(process.getKey()));
		try (InputStream xml = repositoryService.getProcessModel(process.getId())) {
			Matcher expression = EXPRESSION.matcher(new String(xml.readAllBytes(), StandardCharsets.UTF_8));
			while (expression.find()) {
				IDENTIFIER.matcher(expression.group(1)).results().forEach(name -> variables.add(name.group()));
			}
		}
		return variables;
	}

	/** The values of the public string constants of the class named after the process key. */
	private static Set<String> backingConstants(String processKey) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(
				(reader, factory) -> reader.getClassMetadata().getClassName().endsWith("." + processKey));
		Set<String> constants = new HashSet<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("org.zhifa")) {
			for (Field field : load(candidate.getBeanClassName()).getFields()) {
				int modifiers = field.getModifiers();
				if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
					constants.add(valueOf(field));
				}
			}
		}
		return constants;
	}

	private static Set<String> inputKeys(List<UserTask> tasks, Map<String, JsonNode> forms) {
		Set<String> keys = new HashSet<>();
		for (UserTask task : tasks) {
			JsonNode form = task.getCamundaFormRef() == null ? null : forms.get(task.getCamundaFormRef());
			if (form != null) {
				fields(form).stream().filter(field -> !field.path("readonly").asBoolean())
					.forEach(field -> keys.add(field.get("key").asText()));
			}
		}
		return keys;
	}

	/** The components with a key, at any depth (groups nest their components). */
	static List<JsonNode> fields(JsonNode container) {
		List<JsonNode> fields = new ArrayList<>();
		for (JsonNode component : container.path("components")) {
			if (component.hasNonNull("key")) {
				fields.add(component);
			}
			fields.addAll(fields(component));
		}
		return fields;
	}

	private static Set<String> union(Set<String> first, Set<String> second) {
		Set<String> union = new HashSet<>(first);
		union.addAll(second);
		return union;
	}

	private static Class<?> load(String className) {
		try {
			return Class.forName(className);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String valueOf(Field field) {
		try {
			return (String) field.get(null);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
