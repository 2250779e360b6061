package org.zhifa.deadline;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every model the deadline tracking listener ({@link DeadlineTaskListener}), so that a task
 * carrying a statutory period gets its due date and a follow-up date ahead of it without anything in the model but
 * the period's name.
 *
 * <p>A user task names its period with extension properties: {@code statutoryPeriod} (for example
 * {@code hearingRequest}) and optionally {@code periodStart}, the variable holding the start (default: the moment the
 * task is created). The line area is read from the variable {@code lineArea} where the period differs by line area.
 */
@Component
class StatutoryDeadlinePlugin extends AbstractProcessEnginePlugin {

	static final String PERIOD_PROPERTY = "statutoryPeriod";

	static final String START_PROPERTY = "periodStart";

	private final ObjectProvider<Deadlines> deadlines;

	StatutoryDeadlinePlugin(ObjectProvider<Deadlines> deadlines) {
		this.deadlines = deadlines;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
				? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
		listeners.add(new ParseListener());
		configuration.setCustomPostBPMNParseListeners(listeners);
	}

	/** Adds the listener to each user task as the model is deployed or loaded. */
	private final class ParseListener extends AbstractBpmnParseListener {

		@Override
		public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
			String period = property(userTask, PERIOD_PROPERTY);
			String start = property(userTask, START_PROPERTY);
			UserTaskActivityBehavior behavior = (UserTaskActivityBehavior) activity.getActivityBehavior();
			behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE,
					new DeadlineTaskListener(deadlines::getObject, period, start));
		}

		private static String property(Element element, String name) {
			Element extensions = element.element("extensionElements");
			Element properties = extensions == null ? null
					: extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
			if (properties == null) {
				return null;
			}
			return properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
				.filter(property -> name.equals(property.attribute("name")))
				.map(property -> property.attribute("value"))
				.findFirst()
				.orElse(null);
		}

	}

}
