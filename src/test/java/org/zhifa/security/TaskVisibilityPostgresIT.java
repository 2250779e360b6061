package org.zhifa.security;

import org.zhifa.test.PostgresTest;

/**
 * {@link TaskVisibilityIT} on PostgreSQL.
 */
@PostgresTest
class TaskVisibilityPostgresIT extends TaskVisibilityIT {
}
