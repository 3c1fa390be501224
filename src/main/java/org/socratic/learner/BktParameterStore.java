package org.socratic.learner;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Stores parameter sets as numbered versions and reads the newest, which is what the live service uses. A stored
 * version is never changed; fitting again adds a version.
 */
@Singleton
@Connectable
public class BktParameterStore {
    private final DataSource dataSource;
    private volatile BktParameterSet cached;

    public BktParameterStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores the set as a new version and returns it with that version number. */
    @Transactional
    public BktParameterSet save(BktParameterSet set) {
        String insertSet = "insert into bkt_parameter_sets (fitted_at, source, row_count, forgets, skill_count) "
                + "values (?, ?, ?, ?, ?) returning version";
        String insertSkill = "insert into bkt_parameters (version, skill_id, prior, learn, guess, slip, forget, n_obs, "
                + "n_sequences, defaulted) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection()) {
            long version;
            try (PreparedStatement ps = c.prepareStatement(insertSet)) {
                ps.setTimestamp(1, Timestamp.from(set.fittedAt()));
                ps.setString(2, set.source());
                ps.setLong(3, set.rows());
                ps.setBoolean(4, set.forgets());
                ps.setInt(5, set.skills().size());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    version = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(insertSkill)) {
                for (SkillFit fit : set.skills().values()) {
                    BktParameters p = fit.params();
                    ps.setLong(1, version);
                    ps.setString(2, fit.skill());
                    ps.setDouble(3, p.prior());
                    ps.setDouble(4, p.learn());
                    ps.setDouble(5, p.guess());
                    ps.setDouble(6, p.slip());
                    ps.setDouble(7, p.forget());
                    ps.setInt(8, fit.observations());
                    ps.setInt(9, fit.sequences());
                    ps.setBoolean(10, fit.defaulted());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return set.withVersion(version);
        } catch (SQLException e) {
            throw new IllegalStateException("could not store BKT parameters: " + e.getMessage(), e);
        }
    }

    /** The newest stored set, if any was stored. */
    @Transactional(readOnly = true)
    public Optional<BktParameterSet> newest() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select version from bkt_parameter_sets "
                        + "order by version desc limit 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(read(c, rs.getLong(1))) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("could not read BKT parameters: " + e.getMessage(), e);
        }
    }

    /** The parameters the live service uses: the newest stored set, else the published defaults for every skill. */
    public BktParameterSet current() {
        Optional<Long> version = newestVersion();
        if (version.isEmpty()) return BktParameterSet.defaultsOnly();
        BktParameterSet known = cached;
        if (known != null && known.version() == version.get()) return known;
        // Read the whole set only when a newer version has been fitted: every attempt asks for it.
        BktParameterSet loaded = newest().orElseGet(BktParameterSet::defaultsOnly);
        cached = loaded;
        return loaded;
    }

    private Optional<Long> newestVersion() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select max(version) from bkt_parameter_sets");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            long version = rs.getLong(1);
            return rs.wasNull() ? Optional.empty() : Optional.of(version);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read BKT parameters: " + e.getMessage(), e);
        }
    }

    private static BktParameterSet read(Connection c, long version) throws SQLException {
        Map<String, SkillFit> skills = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select skill_id, prior, learn, guess, slip, forget, n_obs, "
                + "n_sequences, defaulted from bkt_parameters where version = ? order by skill_id")) {
            ps.setLong(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String skill = rs.getString(1);
                    BktParameters params = new BktParameters(rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                            rs.getDouble(5), rs.getDouble(6));
                    skills.put(skill, new SkillFit(skill, params, rs.getInt(7), rs.getInt(8), rs.getBoolean(9),
                            Double.NaN));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("select fitted_at, source, row_count, forgets "
                + "from bkt_parameter_sets where version = ?")) {
            ps.setLong(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new BktParameterSet(version, rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getLong(3),
                        rs.getBoolean(4), skills);
            }
        }
    }
}
