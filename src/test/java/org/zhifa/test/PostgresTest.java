package org.zhifa.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs an integration test class again on PostgreSQL (profile {@code postgres}, database from ZHIFA_DB_URL,
 * ZHIFA_DB_USER and ZHIFA_DB_PASSWORD). Tagged so that it runs only where a server exists: see README.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("postgres")
@ActiveProfiles({ "demo", "test", "postgres" })
public @interface PostgresTest {
}
