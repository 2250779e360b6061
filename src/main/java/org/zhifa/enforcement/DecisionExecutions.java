package org.zhifa.enforcement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The executions of decisions. */
interface DecisionExecutions extends ListCrudRepository<DecisionExecution, Long> {

	Optional<DecisionExecution> findByDecisionNo(String decisionNo);

	List<DecisionExecution> findByCaseNoOrderById(String caseNo);

}
