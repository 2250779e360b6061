package org.zhifa.platform;

import org.zhifa.test.PostgresTest;

/**
 * {@link ModelDeployerIT} on PostgreSQL.
 */
@PostgresTest
class ModelDeployerPostgresIT extends ModelDeployerIT {
}
