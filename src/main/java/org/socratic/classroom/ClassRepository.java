package org.socratic.classroom;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ClassRepository extends CrudRepository<ClassRow, Long> {
    List<ClassRow> findByTeacherIdOrderByName(long teacherId);

    List<ClassRow> listOrderByName();

    Optional<ClassRow> findByTeacherIdAndName(long teacherId, String name);

    @Query("select exists (select 1 from enrollments e join classes c on c.id = e.class_id "
            + "where c.teacher_id = :teacherId and e.student_id = :studentId)")
    boolean teaches(long teacherId, long studentId);

    @Query("insert into enrollments (class_id, student_id) values (:classId, :studentId) on conflict do nothing")
    void enroll(long classId, long studentId);

    @Query("select distinct u.display_name from enrollments mine join enrollments e on e.class_id = mine.class_id "
            + "join users u on u.id = e.student_id where mine.student_id = :studentId")
    List<String> classmateNames(long studentId);

    @Query("select student_id from enrollments where class_id = :classId order by student_id")
    List<Long> studentIds(long classId);
}
