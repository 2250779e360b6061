/**
 * The reviews before a penalty decision (决定前审核): for a major case the business department's review and the legal
 * review (法制审核, 行政处罚法 Art 58) in parallel, then the enforcement leader's approval, then, where the procedure
 * class requires it, the committee's collective deliberation (集体讨论, Art 57(2)); for an ordinary case that needs it
 * (a held hearing, public interest, complexity) the legal review alone. The steps are user tasks of
 * {@code PenaltyCaseProcess}; this package records what each reviewer decided, keeps the separation of duties (a
 * handler never reviews their own case; a first-time legal reviewer holds the legal qualification) and refuses the
 * decision while a required review has not passed.
 */
package org.zhifa.review;
