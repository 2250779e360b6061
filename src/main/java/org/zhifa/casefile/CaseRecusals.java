package org.zhifa.casefile;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.zhifa.security.AuxiliaryGuard;
import org.zhifa.security.SystemAuthority;
import org.zhifa.web.ConflictException;
import org.zhifa.web.ForbiddenException;
import org.zhifa.web.InvalidRequestException;
import org.zhifa.web.NotFoundException;

import static org.zhifa.casefile.PenaltyCaseProcess.*;

/**
 * Takes recusal requests (回避, 行政处罚法 Art 43) to a case under investigation: the request reaches the case as
 * {@code Msg_RecusalRequested}, and the head decides it in {@code Task_DecideRecusal} while the investigation goes on.
 */
@Service
public class CaseRecusals {

	private static final Logger LOG = LoggerFactory.getLogger(CaseRecusals.class);

	/** Who may record a request: certified officers, squad leaders and team leaders, never auxiliaries alone. */
	static final Set<String> RECORDERS = Set.of(AuxiliaryGuard.OFFICER_GROUP, "squad-leader", "team-leader");

	private final Cases cases;

	private final CaseQueries queries;

	private final RuntimeService runtimeService;

	private final SystemAuthority authority;

	CaseRecusals(Cases cases, CaseQueries queries, RuntimeService runtimeService, SystemAuthority authority) {
		this.cases = cases;
		this.queries = queries;
		this.runtimeService = runtimeService;
		this.authority = authority;
	}

	/**
	 * Passes the request to the case for the head's decision.
	 * @throws NotFoundException when the case does not exist or the caller may not see it
	 * @throws ForbiddenException when the caller is not a certified officer or leader
	 * @throws InvalidRequestException when the person named is not a handler of the case
	 * @throws ConflictException when the case is not at its investigation, where a recusal can be decided
	 */
	public void request(String caseNo, RecusalRequest request) {
		CaseRecord record = cases.findById(caseNo).filter(queries::visible)
			.orElseThrow(() -> new NotFoundException("案件不存在：" + caseNo));
		authority.requireAny(RECORDERS, "只有持证执法人员或领导可以受理回避申请");
		if (!authority.run(() -> awaitsRecusal(record))) {
			throw new ConflictException("案件 " + record.caseNo() + " 不在调查取证阶段，不能申请回避");
		}
		if (!record.handlerIds().contains(request.recusedHandler().strip())) {
			throw new InvalidRequestException(List.of(new InvalidRequestException.FieldError("recusedHandler",
					"不是本案承办人：" + request.recusedHandler())));
		}

		authority.run(() -> correlate(record, request));
		LOG.info("Case {}: recusal requested by the {}", caseNo, request.requestedBy());
	}

	private boolean awaitsRecusal(CaseRecord record) {
		return record.processInstanceId() != null && runtimeService.createEventSubscriptionQuery().eventType("message")
			.eventName(MSG_RECUSAL_REQUESTED).processInstanceId(record.processInstanceId()).count() > 0;
	}

	private Void correlate(CaseRecord record, RecusalRequest request) {
		runtimeService.createMessageCorrelation(MSG_RECUSAL_REQUESTED).processInstanceId(record.processInstanceId())
			.setVariable(RECUSED_HANDLER, request.recusedHandler().strip())
			.setVariable(RECUSAL_REASON, request.reason().strip())
			.setVariable(RECUSAL_REQUESTED_BY, request.requestedBy().name())
			.correlateWithResult();
		return null;
	}

}
