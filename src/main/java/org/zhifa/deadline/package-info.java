/**
 * Statutory time limits: the working-day calendar of the People's Republic of China (weekends, statutory holidays
 * and make-up working days), the named periods of the penalty and coercion laws, the {@code deadlines} bean that
 * processes call for due dates and timers, and the tracking of open tasks against their deadlines.
 */
package org.zhifa.deadline;
