package org.socratic.testing;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Plain SQL against the test database, outside Micronaut's transaction management, for tests that check what
 * the database itself allows. The database is the real PostgreSQL named by {@code SOCRATIC_TEST_DB_URL}
 * (default {@code jdbc:postgresql://127.0.0.1:5432/socratic_test}); each test context starts from an empty schema.
 */
public final class TestDatabase {
    private final DataSource raw;

    public TestDatabase(DataSource dataSource) {
        this.raw = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    public int update(String sql) throws SQLException {
        try (Connection c = raw.getConnection(); Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    public long queryLong(String sql) throws SQLException {
        try (Connection c = raw.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) throw new AssertionError("no row for: " + sql);
            return rs.getLong(1);
        }
    }

    public String queryString(String sql) throws SQLException {
        try (Connection c = raw.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) throw new AssertionError("no row for: " + sql);
            return rs.getString(1);
        }
    }

    public Connection connection() throws SQLException {
        return raw.getConnection();
    }
}
