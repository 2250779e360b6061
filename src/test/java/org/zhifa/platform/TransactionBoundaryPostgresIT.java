package org.zhifa.platform;

import org.zhifa.test.PostgresTest;

/**
 * {@link TransactionBoundaryIT} on PostgreSQL.
 */
@PostgresTest
class TransactionBoundaryPostgresIT extends TransactionBoundaryIT {
}
