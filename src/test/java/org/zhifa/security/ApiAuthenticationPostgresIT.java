package org.zhifa.security;

import org.zhifa.test.PostgresTest;

/**
 * {@link ApiAuthenticationIT} on PostgreSQL.
 */
@PostgresTest
class ApiAuthenticationPostgresIT extends ApiAuthenticationIT {
}
