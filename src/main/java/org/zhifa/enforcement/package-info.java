/**
 * Enforcement of decisions (处罚决定的执行, 行政处罚法 Arts 66-73; 行政强制法 Arts 35, 45, 53-55): the payment period of a
 * fine, deferred or instalment payment approved on application, the late-payment surcharge of 3 % a day capped at the
 * fine and paused while an appeal is pending, the written reminder (催告) and, 10 working days after it and within the
 * 3 months after the remedy periods, the application to the people's court; and the appeals against a decision
 * (行政复议, 行政诉讼) with their outcome, a revoked decision withdrawn from publication within 3 working days.
 * Processes {@code DecisionExecutionProcess} and {@code AppealProcess}.
 */
package org.zhifa.enforcement;
