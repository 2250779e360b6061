/**
 * Camunda Tasklist as the officers' workplace: the shared task filters of each role (我的待办, 本中队待办, 即将到期,
 * 已超期, 待法制审核, 待审批), created at start-up with their read authorizations, and the working-day dates their
 * expressions use.
 */
package org.zhifa.tasklist;
